import { evaluateGateCriteria } from '../../../src/domain/compliance/evaluate-gate-criteria';
import { evaluateMitigationRequired } from '../../../src/domain/compliance/evaluate-mitigation-required';
import { evaluateProjectCount } from '../../../src/domain/compliance/evaluate-project-count';
import { evaluateRaidReview } from '../../../src/domain/compliance/evaluate-raid-review';
import { aWorkItem, type WorkItemOverrides } from '../builders/a-work-item';
import { aRuleContext, ruleBase } from './rule-fixtures';

type Outcome = 'pass' | 'fail' | 'not-applicable';

describe('mitigation required above risk score 10', () => {
  const rule = { ...ruleBase, kind: 'mitigation-required', minScore: 10 } as const;
  it.each<[string, WorkItemOverrides, Outcome]>([
    ['fails an open risk scoring 16 without mitigation', { issueType: 'Risk', raid: { probability: 4, impact: 4 } }, 'fail'],
    ['passes an open risk scoring 16 with a mitigation', { issueType: 'Risk', raid: { probability: 4, impact: 4, mitigation: 'Hedge' } }, 'pass'],
    ['passes the threshold itself only with a mitigation', { issueType: 'Risk', raid: { probability: 2, impact: 5 } }, 'fail'],
    ['does not apply below the threshold', { issueType: 'Risk', raid: { probability: 3, impact: 3 } }, 'not-applicable'],
    ['does not apply to an unscored risk', { issueType: 'Risk', raid: { probability: null, impact: 5 } }, 'not-applicable'],
    ['does not apply to a closed risk', { issueType: 'Risk', statusCategory: 'done', raid: { probability: 5, impact: 5 } }, 'not-applicable'],
    ['does not apply to a story', { raid: { probability: 5, impact: 5 } }, 'not-applicable'],
    ['recognises a risk by its raid-risk label', { labels: ['raid-risk'], raid: { probability: 5, impact: 5 } }, 'fail'],
  ])('%s', (_name, overrides, expected) => {
    expect(evaluateMitigationRequired(rule, aWorkItem(overrides), aRuleContext()).outcome).toBe(expected);
  });
});

describe('RAID review within 30 days of risks and issues (evaluated 2026-03-10)', () => {
  const rule = { ...ruleBase, kind: 'raid-review', maxDays: 30, raidKinds: ['risk', 'issue'] } as const;
  it.each<[string, WorkItemOverrides, Outcome]>([
    ['passes a risk updated 10 days ago', { issueType: 'Risk', updated: '2026-02-28T12:00:00.000+0000' }, 'pass'],
    ['fails a risk updated 40 days ago', { issueType: 'Risk', updated: '2026-01-29T12:00:00.000+0000' }, 'fail'],
    ['does not apply to an assumption, which the rule does not list', { issueType: 'Assumption', updated: '2025-01-01T00:00:00.000+0000' }, 'not-applicable'],
    ['does not apply to a closed issue', { issueType: 'Issue', statusCategory: 'done', updated: '2025-01-01T00:00:00.000+0000' }, 'not-applicable'],
    ['does not apply to a story', { updated: '2025-01-01T00:00:00.000+0000' }, 'not-applicable'],
  ])('%s', (_name, overrides, expected) => {
    expect(evaluateRaidReview(rule, aWorkItem(overrides), aRuleContext()).outcome).toBe(expected);
  });
  it('covers every RAID kind when the list is empty', () => {
    expect(
      evaluateRaidReview({ ...rule, raidKinds: [] }, aWorkItem({ issueType: 'Assumption', updated: '2025-01-01T00:00:00.000+0000' }), aRuleContext()).outcome,
    ).toBe('fail');
  });
});

describe('gate criteria: design items done before Build', () => {
  const rule = { ...ruleBase, kind: 'gate-criteria', phase: 'Build', required: { issueTypes: [], statusCategories: [], labels: ['phase-design'] } } as const;
  it.each<[string, string[], WorkItemOverrides, Outcome]>([
    ['fails an open design item once Build has started', ['build'], { labels: ['phase-design'] }, 'fail'],
    ['passes a done design item once Build has started', ['build'], { labels: ['phase-design'], statusCategory: 'done' }, 'pass'],
    ['does not apply before Build starts', [], { labels: ['phase-design'] }, 'not-applicable'],
    ['does not apply to items the gate does not require', ['build'], { labels: ['phase-build'] }, 'not-applicable'],
  ])('%s', (_name, started, overrides, expected) => {
    expect(evaluateGateCriteria(rule, aWorkItem(overrides), aRuleContext(started)).outcome).toBe(expected);
  });
});

describe('project count', () => {
  const milestones = { issueTypes: ['Milestone'], statusCategories: [], labels: [] };
  const rule = (min: number | null, max: number | null) => ({ ...ruleBase, kind: 'project-count', selector: milestones, min, max }) as const;
  const twoMilestones = [aWorkItem({ key: 'PR-1', issueType: 'Milestone' }), aWorkItem({ key: 'PR-2', issueType: 'Milestone' }), aWorkItem({ key: 'PR-3' })];
  it.each<[string, ReturnType<typeof rule>, Outcome]>([
    ['passes 2 milestones against a minimum of 1', rule(1, null), 'pass'],
    ['fails 2 milestones against a minimum of 3', rule(3, null), 'fail'],
    ['fails 2 milestones against a maximum of 1', rule(null, 1), 'fail'],
    ['passes 2 milestones within 2..2', rule(2, 2), 'pass'],
    ['does not apply without either bound', rule(null, null), 'not-applicable'],
  ])('%s', (_name, r, expected) => {
    expect(evaluateProjectCount(r, twoMilestones).outcome).toBe(expected);
  });
  it('names the count and the bound it broke', () => {
    expect(evaluateProjectCount(rule(3, null), twoMilestones)).toEqual({ outcome: 'fail', detail: '2 found, at least 3 required' });
  });
});
