/** The stages a proposal waits in before anyone has decided it, in the order it passes them. */
export const openIntakeStages = ['submitted', 'screening'] as const;

/** The stages a decision puts a proposal in, in the order an intake board reads them. */
export const decidedIntakeStages = ['approved', 'deferred', 'rejected'] as const;

/** Every stage of intake: Submitted -> Screening -> Approved / Deferred / Rejected. */
export const intakeStages = [...openIntakeStages, ...decidedIntakeStages] as const;

/**
 * Where a proposal stands: submitted (raised, not looked at), screening (under review), approved (to be delivered),
 * deferred (not now; may be decided again) or rejected (not to be done).
 */
export type IntakeStage = (typeof intakeStages)[number];

/** A stage only a decision puts a proposal in. */
export type DecidedIntakeStage = (typeof decidedIntakeStages)[number];
