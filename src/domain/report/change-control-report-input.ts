import type { ApprovedBaseline } from '../change-control/approved-baseline';
import type { ChangeDecision } from '../change-control/change-decision';
import type { ChangeImpact } from '../change-control/change-impact';
import type { ChangePolicy } from '../change-control/change-policy';
import type { RaidMapping } from '../raid/raid-mapping';

/** What a report reads of one project's change control besides its items and roll-up. */
export interface ChangeControlReportInput {
  /** The project template's change policy: which items are change requests, which statuses carry a decision. */
  readonly policy: ChangePolicy;
  /** The project template's RAID mapping, which says which items are decisions. */
  readonly raidMapping: RaidMapping;
  /** The approved baseline versions, in any order. */
  readonly versions: readonly ApprovedBaseline[];
  /** Every decision recorded in the app on the project's change requests, each version of each. */
  readonly decisions: readonly {
    readonly version: number;
    readonly decision: ChangeDecision;
    readonly impact: ChangeImpact;
    readonly deciderName: string | null;
  }[];
}
