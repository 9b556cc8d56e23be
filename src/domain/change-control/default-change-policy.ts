import type { ChangePolicy } from './change-policy';

/**
 * The change policy that works on a typical site with no admin action: issue types "Change Request" and "Change" or
 * the label `change-request`, and the workflow statuses Approved, Rejected and Deferred read as those decisions.
 */
export const defaultChangePolicy: ChangePolicy = {
  issueTypes: ['Change Request', 'Change'],
  labels: ['change-request'],
  statusDecisions: [
    { status: 'Approved', outcome: 'approved' },
    { status: 'Rejected', outcome: 'rejected' },
    { status: 'Deferred', outcome: 'deferred' },
  ],
};
