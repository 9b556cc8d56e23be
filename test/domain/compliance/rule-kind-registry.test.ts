import { complianceRuleSchema, ruleKindRegistry, ruleKinds } from '../../../src/domain/compliance';

describe('ruleKindRegistry', () => {
  it.each(ruleKinds.map((kind) => [kind]))('gives a new %s rule that its own schema and the rule schema accept', (kind) => {
    const definition = ruleKindRegistry[kind];
    const rule = definition.newRule({ id: kind, title: definition.label, severity: 'major', fix: 'Fix it.' }, ['Build']);
    expect(rule.kind).toBe(kind);
    expect(definition.schema.safeParse(rule).success).toBe(true);
    expect(complianceRuleSchema.safeParse(rule).success).toBe(true);
  });

  it('offers the kinds in the order the registry declares them', () => {
    expect(ruleKinds).toEqual(Object.keys(ruleKindRegistry));
  });

  it('refuses an unknown kind naming every kind it knows', () => {
    const result = complianceRuleSchema.safeParse({ id: 'r1', title: 'T', severity: 'major', fix: 'F', kind: 'nope' });
    expect(result.error?.issues[0]?.message).toBe(`kind must be one of ${ruleKinds.join(', ')}`);
  });
});
