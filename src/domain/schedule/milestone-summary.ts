import type { IssueKey } from '../ids/issue-key';

/** The next milestone to reach: the earliest unfinished one due today or later. */
export interface NextMilestone {
  readonly key: IssueKey;
  readonly summary: string;
  /** The due date, `YYYY-MM-DD`. */
  readonly due: string;
}

/** A project's milestones in numbers (see `summarizeMilestones` for each definition). */
export interface MilestoneSummary {
  readonly total: number;
  readonly done: number;
  /** Unfinished and due before today. */
  readonly overdue: number;
  /** Without a due date, so neither overdue nor next. */
  readonly undated: number;
  readonly next: NextMilestone | null;
  /** Lateness in calendar days: overdue milestones up to today, done ones from due to resolution. */
  readonly slip: { readonly slipped: number; readonly totalDays: number; readonly maxDays: number };
}
