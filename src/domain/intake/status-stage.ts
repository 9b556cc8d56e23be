import type { IntakeStage } from './intake-stage';

/** A Jira workflow status that puts a proposal in a stage: a proposal in that status is in that stage by the workflow. */
export interface StatusStage {
  /** The status's name, matched without regard to case or surrounding spaces. */
  readonly status: string;
  readonly stage: IntakeStage;
}
