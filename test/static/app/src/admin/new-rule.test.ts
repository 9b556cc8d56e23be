import { ruleKinds } from '../../../../../src/domain/compliance/rule-kind';
import { defaultTemplate } from '../../../../../src/domain/template/default-template';
import { templateSchema } from '../../../../../src/domain/template/template-schema';
import { newRule } from '../../../../../static/app/src/admin/new-rule';

describe('newRule', () => {
  const phased = { ...defaultTemplate, phases: [{ name: 'Build', label: 'phase-build', start: null, gate: '' }] };
  it.each(ruleKinds.map((kind) => [kind]))('makes a %s rule that the template schema accepts as it stands', (kind) => {
    const rule = newRule(
      kind,
      phased.rules.map((r) => r.id),
      ['Build'],
    );
    const parsed = templateSchema.safeParse({ ...phased, rules: [...phased.rules, rule] });
    expect(parsed.success ? 'valid' : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toBe('valid');
    expect(rule.kind).toBe(kind);
  });

  it('picks an id the template does not use yet', () => {
    expect(newRule('jql', ['jql', 'jql-2'], []).id).toBe('jql-3');
  });
});
