import type { HeatMap } from '../capacity/heat-map';
import type { DecisionSource } from '../change-control/decision-source';
import type { IntakeStage } from '../intake/intake-stage';

/** One proposal of an intake project the reader may browse, as the intake board ranks and describes it. */
export interface ReportProposalInput {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly program: string | null;
  readonly stage: IntakeStage;
  /** The board's rank (competition ranking; null when unscored) and whether it shares it. */
  readonly rank: number | null;
  readonly tied: boolean;
  readonly score: number | null;
  readonly breakdown: string;
  /** The decision behind its stage; null while submitted with none. */
  readonly decision: {
    readonly decidedAt: string;
    readonly by: string | null;
    readonly source: DecisionSource;
    readonly reason: string | null;
    readonly overloadConfirmed: boolean;
  } | null;
}

/** What the report's intake section is built from; everything in it is what the reader may see. */
export interface ReportIntakeInput {
  /** The intake projects the reader may browse (none: intake is not set up for them). */
  readonly intakeProjects: readonly string[];
  /** Their proposals in board order (see `rankProposals`: ties already ordered by the board's rule). */
  readonly proposals: readonly ReportProposalInput[];
  /** The reader's capacity heat map, every program they have a project in. */
  readonly heatMap: HeatMap;
  /** The projects counted in each heat map row. */
  readonly programProjects: readonly { readonly program: string; readonly projectKeys: readonly string[] }[];
  /** The programs the report's scope names (compared without regard to case), or null for every program. */
  readonly programs: readonly string[] | null;
}
