import type { IssueKey } from '../ids/issue-key';
import type { ApprovedBaseline } from './approved-baseline';
import type { ChangeRefusal } from './change-refusal';

/** What applying a change gives: the next approved version, or why there is none. */
export type ApplyChangeResult =
  | {
      readonly ok: true;
      readonly baseline: ApprovedBaseline;
      /** Keys the change names that the baseline does not hold (undated or not milestones, gates or epics). */
      readonly ignoredKeys: readonly IssueKey[];
    }
  | { readonly ok: false; readonly refusal: ChangeRefusal; readonly message: string };
