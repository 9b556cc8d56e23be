import type { ChangeControlSummary } from '../change-control/change-control-summary';
import type { EarnedValue } from '../earned-value/earned-value';
import type { MeasuredEarnedValueInputs } from '../earned-value/measured-earned-value-inputs';
import type { ProjectProgress } from '../progress/project-progress';
import type { StatusCounts } from '../progress/status-counts';
import type { RaidSummary } from '../raid/raid-summary';
import type { OverallRagDecision } from '../rag/overall-rag-decision';
import type { OverallRagMode } from '../rag/overall-rag-mode';
import type { RagDecision } from '../rag/rag-decision';
import type { RagDimension } from '../rag/rag-dimension';
import type { GateSummary } from '../schedule/gate-summary';
import type { MilestoneSummary } from '../schedule/milestone-summary';
import type { ComplianceSummary } from './compliance-summary';
import type { ProjectRef } from './project-ref';

/**
 * One project's roll-up at one moment: plain JSON data (numbers, strings, null), stored as a snapshot and compared
 * with earlier snapshots for trends. Every count and amount in it can be summed across projects.
 */
export interface ProjectRollup {
  readonly project: ProjectRef;
  /** The instant the roll-up was computed for, as given. */
  readonly asOf: string;
  /** Items per status category, RAID items included. */
  readonly counts: StatusCounts;
  readonly progress: ProjectProgress;
  readonly milestones: MilestoneSummary;
  readonly gates: GateSummary;
  readonly raid: RaidSummary;
  /** What earned value was computed from, and on what basis. */
  readonly plan: MeasuredEarnedValueInputs;
  readonly earnedValue: EarnedValue;
  readonly compliance: ComplianceSummary;
  readonly rag: Readonly<Record<RagDimension, RagDecision>>;
  readonly overall: OverallRagDecision;
  /** How `overall` follows from the dimensions (the template's RAG policy), so a reader can recompute it; absent in roll-ups stored before it was kept. */
  readonly overallMode?: OverallRagMode;
  /** Change control against the approved baseline; absent in roll-ups stored before it was kept. */
  readonly changeControl?: ChangeControlSummary;
}
