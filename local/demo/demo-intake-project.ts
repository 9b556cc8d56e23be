import type { DemoProjectSpec } from './demo-project-spec';
import { demoUsers } from './demo-users';

/**
 * The PMO's intake project, where proposals are raised: in no program (no project category), since a proposal lands
 * in a program only once approved. Part of the default demo only, not of scaled sites.
 */
export const demoIntakeProject: DemoProjectSpec = {
  key: 'INT',
  name: 'PMO Intake',
  description: 'Project requests, proposals and ideas for the PMO to score, rank and decide.',
  program: null,
  style: 'kanban',
  leadId: demoUsers.pm.accountId,
  memberIds: [],
  confidential: false,
  startedDaysAgo: 120,
  endsInDays: 365,
  defaultIssueCount: 0,
  topics: ['intake'],
  epicNames: [],
};
