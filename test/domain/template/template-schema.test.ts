import { builtInTemplates } from '../../../src/domain/template/built-in-templates';
import { defaultTemplate } from '../../../src/domain/template/default-template';
import { templateSchema } from '../../../src/domain/template/template-schema';

type Mutation = (t: Record<string, unknown>) => void;
const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(defaultTemplate)) as Record<string, unknown>;
const rules = (t: Record<string, unknown>) => t.rules as Record<string, unknown>[];
const firstRule = (t: Record<string, unknown>) => rules(t)[0] ?? {};
const rag = (t: Record<string, unknown>) => t.ragPolicy as Record<string, Record<string, Record<string, unknown>>>;

function firstProblem(value: unknown): string {
  const parsed = templateSchema.safeParse(value);
  if (parsed.success) return 'valid';
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
}

describe('templateSchema', () => {
  it.each(builtInTemplates.map((t) => [t.name, t] as const))('accepts the built-in template %s', (_name, template) => {
    expect(firstProblem(template)).toBe('valid');
  });

  it.each<[string, Mutation, RegExp]>([
    [
      'a missing name',
      (t) => {
        delete t.name;
      },
      /^name: name must be text/,
    ],
    [
      'an empty name',
      (t) => {
        t.name = '  ';
      },
      /^name: name must not be empty/,
    ],
    [
      'an id with capitals',
      (t) => {
        t.id = 'My Template';
      },
      /^id: id must be 1-64 lower-case/,
    ],
    [
      'a version of zero',
      (t) => {
        t.version = 0;
      },
      /^version: version must be at least 1/,
    ],
    [
      'a fractional version',
      (t) => {
        t.version = 1.5;
      },
      /^version: version must be a whole number/,
    ],
    [
      'an unknown methodology',
      (t) => {
        t.methodology = 'safe';
      },
      /^methodology: methodology must be one of/,
    ],
    [
      'rules that are not a list',
      (t) => {
        t.rules = {};
      },
      /^rules: rules must be a list/,
    ],
    [
      'an unknown rule kind',
      (t) => {
        firstRule(t).kind = 'must-be-nice';
      },
      /^rules\.0\.kind: kind must be one of/,
    ],
    [
      'a rule without a fix hint',
      (t) => {
        delete firstRule(t).fix;
      },
      /^rules\.0\.fix: fix hint must be text/,
    ],
    [
      'an empty rule title',
      (t) => {
        firstRule(t).title = '';
      },
      /^rules\.0\.title: title must not be empty/,
    ],
    [
      'an unknown severity',
      (t) => {
        firstRule(t).severity = 'blocker';
      },
      /^rules\.0\.severity: severity must be one of/,
    ],
    [
      'an unknown status category in a scope',
      (t) => {
        firstRule(t).scope = { issueTypes: [], statusCategories: ['doing'] };
      },
      /^rules\.0\.scope\.statusCategories\.0: must be one of new/,
    ],
    [
      'a stray property on a rule',
      (t) => {
        firstRule(t).colour = 'red';
      },
      /^rules\.0: Unrecognized key/i,
    ],
    [
      'a negative review period',
      (t) => {
        (rules(t)[4] ?? {}).maxDays = -3;
      },
      /^rules\.4\.maxDays: must be at least 1 day/,
    ],
    [
      'a risk score threshold of 30',
      (t) => {
        (rules(t)[3] ?? {}).minScore = 30;
      },
      /^rules\.3\.minScore: minScore must be 1\.\.25/,
    ],
    [
      'a risk score threshold given as text',
      (t) => {
        (rules(t)[3] ?? {}).minScore = '10';
      },
      /^rules\.3\.minScore: minScore must be a number/,
    ],
    [
      'an unknown RAID kind',
      (t) => {
        (rules(t)[4] ?? {}).raidKinds = ['rumour'];
      },
      /^rules\.4\.raidKinds\.0: must be one of risk/,
    ],
    [
      'two rules with one id',
      (t) => {
        (rules(t)[1] ?? {}).id = 'owner-in-progress';
      },
      /^rules\.1\.id: rule id "owner-in-progress" is used twice/,
    ],
    [
      'a gate rule naming no phase of the template',
      (t) => {
        rules(t).push({
          id: 'g',
          kind: 'gate-criteria',
          title: 'G',
          severity: 'minor',
          fix: 'F',
          phase: 'Launch',
          required: { issueTypes: [], statusCategories: [], labels: [] },
        });
      },
      /^rules\.6\.phase: phase "Launch" is not one of/,
    ],
    [
      'a count rule with min above max',
      (t) => {
        rules(t).push({
          id: 'c',
          kind: 'project-count',
          title: 'C',
          severity: 'minor',
          fix: 'F',
          selector: { issueTypes: [], statusCategories: [], labels: [] },
          min: 5,
          max: 2,
        });
      },
      /^rules\.6\.min: min must not be above max/,
    ],
    [
      'a count rule with neither bound',
      (t) => {
        rules(t).push({
          id: 'c',
          kind: 'project-count',
          title: 'C',
          severity: 'minor',
          fix: 'F',
          selector: { issueTypes: [], statusCategories: [], labels: [] },
          min: null,
          max: null,
        });
      },
      /^rules\.6\.min: give a min, a max or both/,
    ],
    [
      'an empty JQL query',
      (t) => {
        rules(t).push({ id: 'j', kind: 'jql', title: 'J', severity: 'minor', fix: 'F', jql: '' });
      },
      /^rules\.6\.jql: jql must not be empty/,
    ],
    [
      'red SPI threshold above amber',
      (t) => {
        (rag(t).schedule ?? {}).spi = { amberBelow: 0.8, redBelow: 0.9 };
      },
      /^ragPolicy\.schedule\.spi\.redBelow: redBelow must not be above amberBelow/,
    ],
    [
      'an unknown overall mode',
      (t) => {
        (t.ragPolicy as Record<string, unknown>).overall = 'best';
      },
      /^ragPolicy\.overall: overall must be worst/,
    ],
    [
      'risk bands that fall',
      (t) => {
        (t.raidPolicy as Record<string, unknown>).riskBands = { medium: 10, high: 5, critical: 15 };
      },
      /^raidPolicy\.riskBands\.high: bands must rise/,
    ],
    [
      'a field mapping to a system field',
      (t) => {
        t.fieldMapping = { budget: 'summary' };
      },
      /^fieldMapping\.budget: must be a custom field id/,
    ],
    [
      'a field mapping for an unknown role',
      (t) => {
        t.fieldMapping = { colour: 'customfield_1' };
      },
      /^fieldMapping: Unrecognized key: "colour"/,
    ],
    [
      'a phase start that is not a date',
      (t) => {
        t.phases = [{ name: 'A', label: 'a', start: 'soon', gate: '' }];
      },
      /^phases\.0\.start: must be a date yyyy-mm-dd/,
    ],
    [
      'two phases with one name',
      (t) => {
        t.phases = [
          { name: 'A', label: 'a', start: null, gate: '' },
          { name: 'a', label: 'b', start: null, gate: '' },
        ];
      },
      /^phases\.1\.name: phase "a" is named twice/,
    ],
  ])('refuses %s, naming the path and the problem', (_name, mutate, expected) => {
    const template = clone();
    mutate(template);
    expect(firstProblem(template)).toMatch(expected);
  });
});
