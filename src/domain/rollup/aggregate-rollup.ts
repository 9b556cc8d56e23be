import type { EarnedValue } from '../earned-value/earned-value';
import type { ProjectKey } from '../ids/project-key';
import type { AggregateProgress } from '../progress/aggregate-progress';
import type { StatusCounts } from '../progress/status-counts';
import type { RaidSummary } from '../raid/raid-summary';
import type { Rag } from '../rag/rag';
import type { RagDimension } from '../rag/rag-dimension';
import type { GateSummary } from '../schedule/gate-summary';
import type { MilestoneSummary } from '../schedule/milestone-summary';
import type { AggregateChangeControl } from './aggregate-change-control';
import type { ComplianceSummary } from './compliance-summary';
import type { RagCounts } from './rag-counts';

/**
 * A program's or the whole portfolio's roll-up, built from its projects' roll-ups: counts and amounts are sums,
 * and every ratio and index is recomputed from those sums, never averaged across projects; the one exception is
 * `progress.combined`, an item-weighted mean of each project's own measure, because projects measure progress in
 * different units (points or items) and a sum of points would drop every project that does not estimate.
 */
export interface AggregateRollup {
  readonly name: string;
  /** The oldest of the projects' `asOf`: the aggregate is no fresher than its stalest part. Null with no projects. */
  readonly asOf: string | null;
  readonly projectKeys: readonly ProjectKey[];
  readonly counts: StatusCounts;
  /** Sums per measure, plus `combined` (the figure to show) and how many projects were measured each way. */
  readonly progress: AggregateProgress;
  /** `next` is the earliest next milestone of any project. */
  readonly milestones: MilestoneSummary;
  readonly gates: GateSummary;
  readonly raid: RaidSummary;
  /** Recomputed from the summed BAC, PV, EV and AC. */
  readonly earnedValue: EarnedValue;
  /** Score weighted by the checks each evaluated project ran; `evaluatedProjects` says how many had a score. */
  readonly compliance: ComplianceSummary & { readonly evaluatedProjects: number };
  /** Per dimension, how many projects have each colour. */
  readonly rag: Readonly<Record<RagDimension, RagCounts>>;
  readonly overallCounts: RagCounts;
  /** The worst overall colour among projects with data (grey only when none has data). */
  readonly overall: Rag;
  /** Summed over the projects whose roll-ups have change control; absent when none has (roll-ups stored before it was kept). */
  readonly changeControl?: AggregateChangeControl;
}
