import type { RuleKind } from '../../../../src/domain/compliance/rule-kind';

/** What each kind of rule is called in the rule editor. */
export const ruleKindLabels: Readonly<Record<RuleKind, string>> = {
  'field-required': 'Field required',
  'due-date-required': 'Due date required',
  'not-overdue': 'Not overdue',
  'no-stale-progress': 'No update for N days while in progress',
  'link-required': 'Link required',
  'owner-required': 'Owner required',
  'mitigation-required': 'Mitigation required above a risk score',
  'raid-review': 'RAID review within N days',
  'gate-criteria': 'Gate criteria (done before a phase starts)',
  'project-count': 'Project-level minimum or maximum count',
  jql: 'JQL query (evaluated through Jira)',
};
