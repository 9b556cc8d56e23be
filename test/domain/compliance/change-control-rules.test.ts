import type { ApprovedBaseline } from '../../../src/domain/change-control/approved-baseline';
import type { ChangeDecision } from '../../../src/domain/change-control/change-decision';
import { defaultChangePolicy } from '../../../src/domain/change-control/default-change-policy';
import { evaluateChangesDecidedWithin } from '../../../src/domain/compliance/evaluate-changes-decided-within';
import { evaluateNoUncontrolledChange } from '../../../src/domain/compliance/evaluate-no-uncontrolled-change';
import { evaluateProject } from '../../../src/domain/compliance/evaluate-project';
import { evaluateRule } from '../../../src/domain/compliance/evaluate-rule';
import type { RuleCheck } from '../../../src/domain/compliance/rule-check';
import { defaultTemplate } from '../../../src/domain/template/default-template';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aWorkItem, type WorkItemOverrides } from '../builders/a-work-item';
import { aDecision } from '../change-control/builders/a-decision';
import { coreV1 } from '../change-control/builders/core-v1';
import { aRuleContext, ruleBase, ruleNow } from './rule-fixtures';

type Outcome = 'pass' | 'fail' | 'not-applicable';

const knownContext = (current: ApprovedBaseline | null, decisions: readonly ChangeDecision[] = []) =>
  aRuleContext([], { policy: defaultChangePolicy, current, decisions });
/** CORE's plan as approved in v1 (CORE-7 1 March, CORE-8 1 April, CORE-9 1 May), with the given due dates changed. */
const plan = (dues: Readonly<Record<string, string | null>> = {}): readonly WorkItem[] =>
  [
    aWorkItem({ key: 'CORE-7', issueType: 'Milestone', due: '2026-03-01' }),
    aWorkItem({ key: 'CORE-8', issueType: 'Gate', due: '2026-04-01' }),
    aWorkItem({ key: 'CORE-9', issueType: 'Epic', hierarchyLevel: 1, due: '2026-05-01' }),
    aWorkItem({ key: 'CORE-11' }),
  ].map((item) => (item.key in dues ? { ...item, due: dues[item.key] ?? null } : item));
const outcomes = (checks: readonly RuleCheck[]) => checks.map((check) => [check.itemKey, check.result.outcome]);

describe('no uncontrolled change (project level)', () => {
  it.each<[string, Readonly<Record<string, string | null>>, readonly (readonly [string | null, Outcome])[]]>([
    ['passes once for the project when the plan is as approved', {}, [[null, 'pass']]],
    ['passes when a milestone came in earlier than approved', { 'CORE-7': '2026-02-20' }, [[null, 'pass']]],
    ['passes when a milestone lost its due date', { 'CORE-7': null }, [[null, 'pass']]],
    ['fails once on a milestone now due later than approved', { 'CORE-7': '2026-03-08' }, [['CORE-7', 'fail']]],
    [
      'fails once per uncontrolled slip',
      { 'CORE-8': '2026-04-02', 'CORE-9': '2026-06-01' },
      [
        ['CORE-8', 'fail'],
        ['CORE-9', 'fail'],
      ],
    ],
  ])('%s', (_name, dues, expected) => {
    expect(outcomes(evaluateNoUncontrolledChange(plan(dues), knownContext(coreV1())))).toEqual(expected);
  });

  it('names the item, its approved date and its current date', () => {
    expect(evaluateNoUncontrolledChange(plan({ 'CORE-7': '2026-03-08' }), knownContext(coreV1()))).toEqual([
      {
        itemKey: 'CORE-7',
        result: { outcome: 'fail', detail: 'CORE-7 is due 2026-03-08, 7 days after its approved 2026-03-01 (baseline v1), with no approved change' },
      },
    ]);
  });

  it('does not apply before any baseline was approved', () => {
    expect(outcomes(evaluateNoUncontrolledChange(plan({ 'CORE-7': '2026-03-08' }), knownContext(null)))).toEqual([[null, 'not-applicable']]);
  });

  it('makes no check where the change control records are not known', () => {
    expect(evaluateNoUncontrolledChange(plan({ 'CORE-7': '2026-03-08' }), aRuleContext())).toEqual([]);
  });

  it("judges a single issue by its own slip only, never by the project's pass or not-applicable", () => {
    const rule = { ...ruleBase, kind: 'no-uncontrolled-change' } as const;
    const [slipped] = plan({ 'CORE-7': '2026-03-08' });
    const [onTime] = plan();
    expect(outcomes(evaluateRule(rule, slipped === undefined ? [] : [slipped], knownContext(coreV1()), false))).toEqual([['CORE-7', 'fail']]);
    expect(evaluateRule(rule, onTime === undefined ? [] : [onTime], knownContext(coreV1()), false)).toEqual([]);
    expect(evaluateRule(rule, onTime === undefined ? [] : [onTime], knownContext(null), false)).toEqual([]);
    expect(outcomes(evaluateRule(rule, plan(), knownContext(coreV1()), true))).toEqual([[null, 'pass']]);
  });
});

describe('change requests decided within 10 days (evaluated 2026-03-10)', () => {
  const rule = { maxDays: 10 };
  const raised = (day: string) => `${day}T09:00:00.000+0000`;
  const change = (overrides: WorkItemOverrides = {}): WorkItem =>
    aWorkItem({ key: 'CORE-40', issueType: 'Change Request', created: raised('2026-03-01'), ...overrides });
  const decidedOn = (day: string, outcome: ChangeDecision['outcome'] = 'approved') => [aDecision('CORE-40', outcome, { decidedAt: `${day}T15:00:00.000Z` })];

  it.each<[string, WorkItem, readonly ChangeDecision[], Outcome]>([
    ['passes a change pending 9 days', change(), [], 'pass'],
    ['passes a change pending exactly 10 days', change({ created: raised('2026-02-28') }), [], 'pass'],
    ['fails a change pending 11 days', change({ created: raised('2026-02-27') }), [], 'fail'],
    [
      'fails a change whose standing decision is still pending after 11 days',
      change({ created: raised('2026-02-27') }),
      decidedOn('2026-03-01', 'pending'),
      'fail',
    ],
    ['passes a change decided in the app within 10 days', change({ created: raised('2026-02-01') }), decidedOn('2026-02-11'), 'pass'],
    ['fails a change decided in the app 11 days after it was raised', change({ created: raised('2026-02-01') }), decidedOn('2026-02-12', 'rejected'), 'fail'],
    ['passes a change decided by its workflow status with no resolution date', change({ created: raised('2026-01-01'), statusName: 'Approved' }), [], 'pass'],
    [
      'fails a change its workflow decided, by its resolution date, too late',
      change({ created: raised('2026-01-01'), statusName: 'Deferred', resolved: '2026-01-20T10:00:00.000+0000' }),
      [],
      'fail',
    ],
    ['recognises a change request by its label', change({ issueType: 'Task', labels: ['change-request'], created: raised('2026-02-01') }), [], 'fail'],
    ['does not apply to an item that is not a change request', aWorkItem({ key: 'CORE-40', created: raised('2025-01-01') }), [], 'not-applicable'],
  ])('%s', (_name, item, decisions, expected) => {
    const [check] = evaluateChangesDecidedWithin(rule, [item], knownContext(coreV1(), decisions));
    expect(check?.result.outcome).toBe(expected);
  });

  it.each<[string, WorkItem, readonly ChangeDecision[], string]>([
    [
      'how long it has been pending',
      change({ created: raised('2026-02-27') }),
      [],
      'pending 11 days since it was raised on 2026-02-27 (decide within 10 days)',
    ],
    [
      'how long its decision took',
      change({ created: raised('2026-02-01') }),
      decidedOn('2026-02-12', 'rejected'),
      'rejected 11 days after it was raised on 2026-02-01 (decide within 10 days)',
    ],
  ])('names %s', (_name, item, decisions, detail) => {
    expect(evaluateChangesDecidedWithin(rule, [item], knownContext(null, decisions))).toEqual([{ itemKey: 'CORE-40', result: { outcome: 'fail', detail } }]);
  });

  it('makes no check where the change control records are not known', () => {
    expect(evaluateChangesDecidedWithin(rule, [change({ created: raised('2026-01-01') })], aRuleContext())).toEqual([]);
  });
});

describe('evaluateProject with the change control rules', () => {
  const template = {
    ...defaultTemplate,
    rules: [
      { ...ruleBase, id: 'controlled', kind: 'no-uncontrolled-change' },
      { ...ruleBase, id: 'decided', kind: 'changes-decided-within', maxDays: 10 },
    ],
  } as const;
  const items = [...plan({ 'CORE-7': '2026-03-08' }), aWorkItem({ key: 'CORE-40', issueType: 'Change Request', created: '2026-02-01T09:00:00.000+0000' })];

  it('judges the project by its approved baseline and recorded decisions when given them', () => {
    const report = evaluateProject(template, items, ruleNow, new Map(), { current: coreV1(), decisions: [] });
    expect(report.violations.map((violation) => [violation.ruleId, violation.itemKey])).toEqual([
      ['controlled', 'CORE-7'],
      ['decided', 'CORE-40'],
    ]);
  });

  it('makes no change control check without them', () => {
    const report = evaluateProject(template, items, ruleNow);
    expect([report.checked, report.violations]).toEqual([0, []]);
  });
});
