import type { ChangeControlRecords } from '../domain/change-control/change-control-records';
import type { ChangePolicy } from '../domain/change-control/change-policy';
import type { ProjectKey } from '../domain/ids/project-key';
import type { ProjectIssue } from '../ports/project-issue';

/** What a refresh reads for its project's governance besides the items: JQL rules' matches and change control's records. */
export interface GovernedInputDeps {
  /** The ids of the project's issues a JQL rule finds (one id-only search); absent, JQL rules are not evaluated. */
  readonly jqlMatchIds?: (projectKey: string, jql: string) => Promise<ReadonlySet<string>>;
  /**
   * The project's approved baseline and recorded decisions, from storage: every completed refresh keeps change control
   * in the roll-up and rates the schedule on uncontrolled slips. Absent: the roll-up has no change control.
   */
  readonly changeControlFor?: (projectKey: ProjectKey) => Promise<ChangeControlRecords>;
  /**
   * Records the decisions the project's Jira workflow took on the issues a refresh read (a bulk changelog read only for
   * a change request whose mapped status no recorded decision agrees with) and answers the records as they stand after.
   */
  readonly recordWorkflowDecisions?: (projectKey: ProjectKey, issues: readonly ProjectIssue[], policy: ChangePolicy) => Promise<ChangeControlRecords>;
  /**
   * Records the decisions the Jira workflow took on the proposals among the issues a refresh read, in an intake
   * project whose scoring model maps statuses to stages (a bulk changelog read only for a proposal whose mapped stage
   * no recorded decision agrees with). Absent: the intake board dates workflow decisions without naming the decider.
   */
  readonly recordProposalDecisions?: (projectKey: ProjectKey, issues: readonly ProjectIssue[]) => Promise<void>;
}
