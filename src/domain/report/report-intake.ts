import type { HeatMap } from '../capacity/heat-map';
import type { DecisionSource } from '../change-control/decision-source';
import type { DecidedIntakeStage, IntakeStage } from '../intake/intake-stage';

/** A proposal decided (approved, deferred or rejected) in the report's period. */
export interface ReportDecidedProposal {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly stage: DecidedIntakeStage;
  /** When it was decided: the recorded decision's time, or for a workflow decision the stored resolution. */
  readonly decidedAt: string;
  /** Who decided, by name (or account id without one); for a workflow decision, who moved the issue once a refresh recorded it, null before. */
  readonly by: string | null;
  readonly source: DecisionSource;
  readonly reason: string | null;
  /** An approval confirmed over a program quarter it overloads. */
  readonly overloadConfirmed: boolean;
}

/** A proposal still waiting (submitted or screening), in board order. */
export interface ReportWaitingProposal {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly program: string | null;
  readonly stage: Extract<IntakeStage, 'submitted' | 'screening'>;
  /** Its rank on the intake board (equal scores share one); null when unscored. */
  readonly rank: number | null;
  readonly tied: boolean;
  readonly score: number | null;
  /** The score written out, e.g. `WSJF 6.5 = (8 + 5 + 0) / 2`, or why there is none. */
  readonly breakdown: string;
}

/** The report's intake section: what was decided in the period, what waits at the top, and room per program. */
export interface ReportIntake {
  /** The intake projects the reader may browse; empty when intake is not set up for them, and then no proposal is shown. */
  readonly intakeProjects: readonly string[];
  /** Decided in the period, latest first. */
  readonly decided: readonly ReportDecidedProposal[];
  /** The top-ranked waiting proposals (at most `REPORT_WAITING_SHOWN`). */
  readonly waiting: readonly ReportWaitingProposal[];
  /** How many proposals wait in all. */
  readonly waitingCount: number;
  /** The capacity heat map, limited to the scope's programs when the scope names programs. */
  readonly capacity: HeatMap;
  /**
   * Every project whose data the section shows (the intake projects and the projects counted in the heat map's
   * rows): a frozen copy opens only for readers who may browse them all.
   */
  readonly projectKeys: readonly string[];
}
