import type { AccountId } from '../ids/account-id';
import type { IssueKey } from '../ids/issue-key';
import type { ProjectKey } from '../ids/project-key';
import type { Instant } from '../time/instant';
import type { BaselineItem } from './baseline-item';

/**
 * One version of the plan a project was approved on. Versions are immutable (the functions that make them freeze
 * them): version 1 is taken from the project's state, and every approved change request makes the next version, so the
 * original plan and every step from it stay readable.
 */
export interface ApprovedBaseline {
  readonly projectKey: ProjectKey;
  /** 1 for the original baseline, one more for each approved change. */
  readonly version: number;
  readonly approvedAt: Instant;
  readonly approvedBy: AccountId;
  /** The change request whose approval made this version, or null for version 1. */
  readonly changeKey: IssueKey | null;
  /** The dated milestones, gates and epics, in issue-key order. */
  readonly items: readonly BaselineItem[];
  /** The approved budget at completion, or null when the project had none. */
  readonly budgetAtCompletion: number | null;
  /** The approved scope as the project's total estimate, or null when it had none. */
  readonly scope: number | null;
}
