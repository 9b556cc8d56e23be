import type { IssueKey } from '../ids/issue-key';
import type { IntakeDecision } from './intake-decision';

/** A proposal and its decisions so far, oldest first; no decisions means it is submitted. */
export interface ProposalHistory {
  readonly key: IssueKey;
  readonly decisions: readonly IntakeDecision[];
}
