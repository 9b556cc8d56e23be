import type { IntakeStage } from '../../../../src/domain/intake';

/** One proposal as the intake board's table and its CSV show it: every figure already in words. */
export interface IntakeRow {
  readonly key: string;
  /** "1", "2 (tied)", or "Unranked" for a proposal with no score. */
  readonly rank: string;
  /** The rank as a number, null when unranked. */
  readonly rankNumber: number | null;
  readonly tied: boolean;
  readonly summary: string;
  readonly project: string;
  readonly projectKey: string;
  readonly program: string;
  readonly theme: string;
  readonly stage: IntakeStage;
  readonly stageLabel: string;
  /** The score to two decimals at most, or null when there is none. */
  readonly score: number | null;
  /** E.g. "WSJF 6.5 = (8 + 5 + 0) / 2". */
  readonly breakdown: string;
  /** E.g. "not scored: Job Size missing" (the export's own column; the table reads it in the breakdown); null when scored. */
  readonly notScored: string | null;
  /** The criteria with no value, which a reviewer may score. */
  readonly missing: readonly string[];
  /** E.g. "Approved by Alice Admin, 2026-12-01 10:00 UTC"; "Not decided yet" while waiting for a first decision. */
  readonly decided: string;
  readonly reason: string | null;
  readonly canDecide: boolean;
  /** What delivers it, e.g. "Customer Web Portal (WEB)" or "a project you cannot browse"; null when nothing is linked. */
  readonly delivery: string | null;
}
