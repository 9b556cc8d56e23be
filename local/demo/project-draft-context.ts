import type { Random } from './create-random';
import type { DemoProjectSpec } from './demo-project-spec';
import type { DemoResolutionName } from './demo-resolutions';
import type { IssueDraft } from './issue-draft';

/** What the drafting steps of one project share: the clock, the random source, the people and the drafts so far. */
export interface ProjectDraftContext {
  readonly now: number;
  /** Today's day number (UTC). */
  readonly today: number;
  readonly rand: Random;
  readonly projectIndex: number;
  readonly spec: DemoProjectSpec;
  readonly startDay: number;
  readonly endDay: number;
  readonly pmId: string;
  readonly drafts: IssueDraft[];
  /** A working-hour instant on `day`, not before `notBefore`, and at least two hours before now. */
  instantOn(day: number, notBefore?: number): number;
  /** A team member, the lead, or (with probability `unassigned`) nobody. */
  assignee(unassigned: number): string | null;
  /** Marks a draft done: resolved near `refDay` (its due date or review date), never before created nor after now. */
  resolveNear(draft: IssueDraft, refDay: number, resolution?: DemoResolutionName): void;
}
