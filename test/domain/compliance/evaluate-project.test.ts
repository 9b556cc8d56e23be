import { evaluateIssue } from '../../../src/domain/compliance/evaluate-issue';
import { evaluateProject } from '../../../src/domain/compliance/evaluate-project';
import { parseAccountId } from '../../../src/domain/ids/parse-account-id';
import { defaultTemplate } from '../../../src/domain/template/default-template';
import type { Template } from '../../../src/domain/template/template';
import { aWorkItem } from '../builders/a-work-item';
import { anyScope, ruleNow } from './rule-fixtures';

const someone = parseAccountId('712020:0d8f6c9e-4b1a-4c52-9e3f-7a61b2c4d801');

/** Two rules of different weight: owner (major, 3) on work in progress, and a project count (critical, 5). */
const template: Template = {
  ...defaultTemplate,
  id: 'two-rules',
  name: 'Two rules',
  phases: [{ name: 'Build', label: 'phase-build', start: null, gate: '' }],
  rules: [
    {
      id: 'owner',
      kind: 'owner-required',
      title: 'Owned',
      severity: 'major',
      fix: 'Assign it.',
      scope: { issueTypes: [], statusCategories: ['indeterminate'] },
    },
    {
      id: 'one-milestone',
      kind: 'project-count',
      title: 'Has a milestone',
      severity: 'critical',
      fix: 'Add a milestone.',
      selector: { ...anyScope, issueTypes: ['Milestone'], labels: [] },
      min: 1,
      max: null,
    },
    {
      id: 'design-first',
      kind: 'gate-criteria',
      title: 'Design before build',
      severity: 'minor',
      fix: 'Close design.',
      phase: 'Build',
      required: { ...anyScope, labels: ['phase-design'] },
    },
    { id: 'by-jql', kind: 'jql', title: 'No blockers', severity: 'info', fix: 'Unblock.', jql: 'status = Blocked' },
  ],
};

const items = [
  aWorkItem({ key: 'PR-1', statusCategory: 'indeterminate', assigneeId: someone }),
  aWorkItem({ key: 'PR-2', statusCategory: 'indeterminate', assigneeId: null }),
  aWorkItem({ key: 'PR-3', statusCategory: 'new' }),
];

describe('evaluateProject', () => {
  it('weighs each check by severity: 1 of 2 owner checks (3 each) passed, the milestone count (5) failed', () => {
    const report = evaluateProject(template, items, ruleNow);
    expect(report).toMatchObject({ passed: 1, checked: 3, weightedPassed: 3, weightedChecked: 11 });
    expect(report.score).toBeCloseTo(3 / 11, 10);
    expect(report.explanation).toContain('1 of 3 checks passed');
    expect(report.explanation).toContain('1 JQL rule was not evaluated');
  });

  it('names the rule, the item, the severity and the fix of every violation', () => {
    expect(evaluateProject(template, items, ruleNow).violations).toEqual([
      { ruleId: 'owner', ruleTitle: 'Owned', itemKey: 'PR-2', severity: 'major', message: 'no owner (assignee)', fix: 'Assign it.' },
      {
        ruleId: 'one-milestone',
        ruleTitle: 'Has a milestone',
        itemKey: null,
        severity: 'critical',
        message: '0 found, at least 1 required',
        fix: 'Add a milestone.',
      },
    ]);
  });

  it('starts a phase from its labelled work, so the gate rule then checks the design items', () => {
    const withBuild = [
      ...items,
      aWorkItem({ key: 'PR-4', labels: ['phase-build'], statusCategory: 'indeterminate', assigneeId: someone }),
      aWorkItem({ key: 'PR-5', labels: ['phase-design'] }),
    ];
    const gate = evaluateProject(template, withBuild, ruleNow).rules.find((r) => r.ruleId === 'design-first');
    expect(gate).toMatchObject({ passed: 0, failed: 1 });
  });

  it("checks every item against the keys a JQL rule's query found, once the query has run", () => {
    const report = evaluateProject(template, items, ruleNow, new Map([['by-jql', new Set(['PR-3'])]]));
    expect(report.rules.find((r) => r.ruleId === 'by-jql')).toMatchObject({ evaluated: true, passed: 2, failed: 1 });
    expect(report.violations).toContainEqual(expect.objectContaining({ ruleId: 'by-jql', itemKey: 'PR-3', severity: 'info' }));
    expect(report.explanation).not.toContain('JQL');
  });

  it('scores 1 with nothing to check, and says so', () => {
    const report = evaluateProject({ ...template, rules: [] }, items, ruleNow);
    expect(report.score).toBe(1);
    expect(report.explanation).toMatch(/No check/);
  });

  it('gives every default rule a result on the empty project', () => {
    expect(evaluateProject(defaultTemplate, [], ruleNow).rules.map((r) => r.ruleId)).toEqual(defaultTemplate.rules.map((r) => r.id));
  });
});

describe('evaluateIssue', () => {
  it('checks the item rules on the one issue and leaves project counts to the project', () => {
    const report = evaluateIssue(template, items[1] ?? aWorkItem(), [], ruleNow);
    expect(report.violations.map((v) => v.ruleId)).toEqual(['owner']);
    expect(report.rules.find((r) => r.ruleId === 'one-milestone')).toMatchObject({ passed: 0, failed: 0 });
  });

  it('reads phase starts from the related items', () => {
    const design = aWorkItem({ key: 'PR-5', labels: ['phase-design'] });
    const build = aWorkItem({ key: 'PR-4', labels: ['phase-build'], statusCategory: 'indeterminate' });
    expect(evaluateIssue(template, design, [build], ruleNow).violations.map((v) => v.ruleId)).toEqual(['design-first']);
    expect(evaluateIssue(template, design, [], ruleNow).violations).toEqual([]);
  });
});
