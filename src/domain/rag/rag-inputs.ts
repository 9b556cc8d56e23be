import type { RiskSeverity } from '../raid/risk-severity';

/** The figures each RAG dimension is decided from. */
export interface RagInputs {
  readonly schedule: {
    /** Null when there is no planned value yet. */
    readonly spi: number | null;
    readonly overdueMilestones: number;
    /** Milestones with a due date: zero means milestones say nothing about the schedule. */
    readonly datedMilestones: number;
    /** Slips past the approved baseline that no approved change covers; null without an approved baseline (no finding). */
    readonly uncontrolledSlips: number | null;
  };
  readonly scope: {
    /** Share planned complete by now, 0..1; null without a plan. */
    readonly plannedFraction: number | null;
    /** Share complete, 0..1; null without work items. */
    readonly actualFraction: number | null;
  };
  readonly cost: {
    /** Null without actual cost. */
    readonly cpi: number | null;
    /** Without a budget there is no earned value, so CPI says nothing. */
    readonly bac: number;
  };
  readonly risk: {
    /** Risks in the log, open or closed: zero means nobody logs risks, which is not the same as no risk. */
    readonly risksLogged: number;
    readonly openRisksBySeverity: Readonly<Record<RiskSeverity, number>>;
  };
  readonly compliance: {
    /** 0..1, or null when not evaluated. */
    readonly score: number | null;
  };
}
