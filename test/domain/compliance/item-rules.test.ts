import type { ComplianceRule } from '../../../src/domain/compliance/compliance-rule';
import { evaluateDueDateRequired } from '../../../src/domain/compliance/evaluate-due-date-required';
import { evaluateFieldRequired } from '../../../src/domain/compliance/evaluate-field-required';
import { evaluateLinkRequired } from '../../../src/domain/compliance/evaluate-link-required';
import { evaluateNoStaleProgress } from '../../../src/domain/compliance/evaluate-no-stale-progress';
import { evaluateNotOverdue } from '../../../src/domain/compliance/evaluate-not-overdue';
import { evaluateOwnerRequired } from '../../../src/domain/compliance/evaluate-owner-required';
import { parseAccountId } from '../../../src/domain/ids/parse-account-id';
import { aWorkItem, type WorkItemOverrides } from '../builders/a-work-item';
import { aProjectKey } from '../builders/a-project-key';
import { anIssueKey } from '../builders/an-issue-key';
import { aRuleContext, anyScope, ruleBase } from './rule-fixtures';

type Outcome = 'pass' | 'fail' | 'not-applicable';
const someone = parseAccountId('712020:0d8f6c9e-4b1a-4c52-9e3f-7a61b2c4d801');
const link = { type: 'blocks', otherKey: anIssueKey('PR-9'), otherProjectKey: aProjectKey('PR') } as const;

describe('field required', () => {
  const rule = (
    field: Extract<ComplianceRule, { kind: 'field-required' }>['field'],
    issueTypes: string[] = [],
    statusCategories: ('new' | 'indeterminate' | 'done')[] = [],
  ) => ({ ...ruleBase, kind: 'field-required', field, scope: { issueTypes, statusCategories } }) as const;
  it.each<[string, ReturnType<typeof rule>, WorkItemOverrides, Outcome]>([
    ['passes a story that has the required priority', rule('priority'), { priority: 'High' }, 'pass'],
    ['fails a story with a blank priority', rule('priority'), { priority: ' ' }, 'fail'],
    ['fails an estimate missing on a story in progress', rule('estimate', ['story'], ['indeterminate']), { statusCategory: 'indeterminate' }, 'fail'],
    ['passes an estimate given as an original estimate', rule('estimate'), { estimate: { originalEstimateSeconds: 3600 } }, 'pass'],
    ['does not apply to another issue type', rule('estimate', ['Epic']), {}, 'not-applicable'],
    ['does not apply to another status category', rule('estimate', [], ['done']), {}, 'not-applicable'],
    ['fails a risk without a mitigation text', rule('mitigation'), { raid: { mitigation: '' } }, 'fail'],
    ['fails a story without labels when labels are required', rule('labels'), { labels: [] }, 'fail'],
    ['passes a budget of zero', rule('budget'), { cost: { budget: 0 } }, 'pass'],
  ])('%s', (_name, r, overrides, expected) => {
    expect(evaluateFieldRequired(r, aWorkItem(overrides)).outcome).toBe(expected);
  });
});

describe('due date required', () => {
  const rule = { ...ruleBase, kind: 'due-date-required', scope: { issueTypes: ['Milestone'], statusCategories: [] } } as const;
  it.each<[string, WorkItemOverrides, Outcome]>([
    ['passes a dated milestone', { issueType: 'Milestone', due: '2026-04-01' }, 'pass'],
    ['fails an undated milestone', { issueType: 'Milestone', due: null }, 'fail'],
    ['does not apply to a story', { issueType: 'Story', due: null }, 'not-applicable'],
  ])('%s', (_name, overrides, expected) => {
    expect(evaluateDueDateRequired(rule, aWorkItem(overrides)).outcome).toBe(expected);
  });
});

describe('not overdue (evaluated on 2026-03-10)', () => {
  const rule = { ...ruleBase, kind: 'not-overdue', scope: anyScope } as const;
  it.each<[string, WorkItemOverrides, Outcome]>([
    ['passes an item due in the future', { due: '2026-03-20' }, 'pass'],
    ['passes an item due today', { due: '2026-03-10' }, 'pass'],
    ['fails an open item due yesterday', { due: '2026-03-09' }, 'fail'],
    ['does not apply to a done item past its date', { due: '2026-03-01', statusCategory: 'done' }, 'not-applicable'],
    ['does not apply to an undated item', { due: null }, 'not-applicable'],
  ])('%s', (_name, overrides, expected) => {
    expect(evaluateNotOverdue(rule, aWorkItem(overrides), aRuleContext()).outcome).toBe(expected);
  });
  it('says how many days late the item is', () => {
    expect(evaluateNotOverdue(rule, aWorkItem({ due: '2026-03-05' }), aRuleContext())).toEqual({ outcome: 'fail', detail: '5 days overdue (due 2026-03-05)' });
  });
});

describe('no stale progress (14 days, evaluated 2026-03-10 12:00)', () => {
  const rule = { ...ruleBase, kind: 'no-stale-progress', maxDays: 14, scope: anyScope } as const;
  it.each<[string, WorkItemOverrides, Outcome]>([
    ['passes work in progress updated 14 days ago', { statusCategory: 'indeterminate', updated: '2026-02-24T12:00:00.000+0000' }, 'pass'],
    ['fails work in progress updated 15 days ago', { statusCategory: 'indeterminate', updated: '2026-02-23T12:00:00.000+0000' }, 'fail'],
    ['does not apply to an old item still to do', { statusCategory: 'new', updated: '2025-01-01T00:00:00.000+0000' }, 'not-applicable'],
    ['does not apply to an old done item', { statusCategory: 'done', updated: '2025-01-01T00:00:00.000+0000' }, 'not-applicable'],
  ])('%s', (_name, overrides, expected) => {
    expect(evaluateNoStaleProgress(rule, aWorkItem(overrides), aRuleContext()).outcome).toBe(expected);
  });
});

describe('link required', () => {
  const rule = (linkType: 'any' | 'blocks' | 'relates', parentCounts: boolean) =>
    ({ ...ruleBase, kind: 'link-required', linkType, parentCounts, scope: anyScope }) as const;
  it.each<[string, ReturnType<typeof rule>, WorkItemOverrides, Outcome]>([
    ['passes an item with any link when any will do', rule('any', false), { links: [link] }, 'pass'],
    ['passes an item with the named link type', rule('blocks', false), { links: [link] }, 'pass'],
    ['fails an item whose links are of another type', rule('relates', false), { links: [link] }, 'fail'],
    ['fails an item with no link and no parent', rule('any', true), {}, 'fail'],
    ['passes an item under an epic when a parent counts', rule('any', true), { parentKey: anIssueKey('PR-2') }, 'pass'],
    ['fails an item under an epic when a parent does not count', rule('any', false), { parentKey: anIssueKey('PR-2') }, 'fail'],
  ])('%s', (_name, r, overrides, expected) => {
    expect(evaluateLinkRequired(r, aWorkItem(overrides)).outcome).toBe(expected);
  });
});

describe('owner required', () => {
  const rule = { ...ruleBase, kind: 'owner-required', scope: { issueTypes: [], statusCategories: ['indeterminate'] } } as const;
  it.each<[string, WorkItemOverrides, Outcome]>([
    ['passes assigned work in progress', { statusCategory: 'indeterminate', assigneeId: someone }, 'pass'],
    ['fails unassigned work in progress', { statusCategory: 'indeterminate', assigneeId: null }, 'fail'],
    ['does not apply to unassigned work still to do', { statusCategory: 'new', assigneeId: null }, 'not-applicable'],
  ])('%s', (_name, overrides, expected) => {
    expect(evaluateOwnerRequired(rule, aWorkItem(overrides)).outcome).toBe(expected);
  });
});
