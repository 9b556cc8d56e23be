import type { AccountId } from '../ids/account-id';
import type { IssueKey } from '../ids/issue-key';
import type { CalendarDay } from '../time/calendar-day';
import type { Instant } from '../time/instant';
import type { LedgerEntryKind } from './ledger-entry-kind';

/**
 * One step of a project's change ledger. `label` is the step as people read it; the labels joined with ` -> ` read
 * "v1 -> CR-12 (+14 days on CORE-7, +20,000 budget) -> v2".
 */
export type LedgerEntry =
  | {
      readonly kind: Extract<LedgerEntryKind, 'version'>;
      readonly version: number;
      readonly approvedAt: Instant;
      readonly approvedBy: AccountId;
      readonly label: string;
    }
  | {
      readonly kind: Extract<LedgerEntryKind, 'change'>;
      readonly changeKey: IssueKey;
      /** The change request's summary, or null when it was not among the changes given. */
      readonly summary: string | null;
      /** The due dates the change moved, in issue-key order. */
      readonly moves: readonly { readonly itemKey: IssueKey; readonly from: CalendarDay; readonly to: CalendarDay; readonly days: number }[];
      /** The budget at completion before and after, or null when it did not change. */
      readonly budget: { readonly from: number | null; readonly to: number | null } | null;
      /** The total estimate before and after, or null when it did not change. */
      readonly scope: { readonly from: number | null; readonly to: number | null } | null;
      readonly label: string;
    };
