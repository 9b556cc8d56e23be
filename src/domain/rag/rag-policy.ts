import type { AboveThresholds } from './above-thresholds';
import type { AtLeastThresholds } from './at-least-thresholds';
import type { BelowThresholds } from './below-thresholds';
import type { OverallRagMode } from './overall-rag-mode';
import type { RiskRagThreshold } from './risk-rag-threshold';

/** The thresholds that turn a project's figures into RAG colours, per dimension. Part of a governance template. */
export interface RagPolicy {
  /**
   * Schedule: SPI, the number of overdue milestones, and the number of slips past the approved baseline that no
   * approved change covers; the worst decides.
   */
  readonly schedule: { readonly spi: BelowThresholds; readonly overdueMilestones: AtLeastThresholds; readonly uncontrolledSlips: AtLeastThresholds };
  /** Scope: how many percentage points progress is behind the plan. */
  readonly scope: { readonly pointsBehindPlan: AboveThresholds };
  /** Cost: CPI. */
  readonly cost: { readonly cpi: BelowThresholds };
  /** Risk: open risks of a severity or worse. */
  readonly risk: { readonly amber: RiskRagThreshold; readonly red: RiskRagThreshold };
  /** Compliance: the template compliance score, 0..1. */
  readonly compliance: { readonly score: BelowThresholds };
  readonly overall: OverallRagMode;
}
