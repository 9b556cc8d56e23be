import type { ApprovedBaseline } from '../../../../src/domain/change-control/approved-baseline';
import { takeApprovedBaseline } from '../../../../src/domain/change-control/take-approved-baseline';
import { aProjectKey } from '../../builders/a-project-key';
import { aWorkItem } from '../../builders/a-work-item';
import { anAccountId } from './an-account-id';
import { anInstant } from './an-instant';

/**
 * The hand-checked fixture: project CORE approved on 1 February 2026 by the sponsor with milestone CORE-7 due
 * 1 March, gate CORE-8 due 1 April and epic CORE-9 due 1 May, a budget of 100,000 and 240 points of scope.
 */
export function coreV1(): ApprovedBaseline {
  return takeApprovedBaseline({
    projectKey: aProjectKey('CORE'),
    items: [
      aWorkItem({ key: 'CORE-7', issueType: 'Milestone', due: '2026-03-01' }),
      aWorkItem({ key: 'CORE-8', issueType: 'Gate', due: '2026-04-01' }),
      aWorkItem({ key: 'CORE-9', issueType: 'Epic', hierarchyLevel: 1, due: '2026-05-01' }),
      aWorkItem({ key: 'CORE-10', issueType: 'Story', due: '2026-03-10' }),
    ],
    budgetAtCompletion: 100_000,
    scope: 240,
    approvedAt: anInstant('2026-02-01T09:00:00.000Z'),
    approvedBy: anAccountId('sponsor'),
  });
}
