/** Why a decision on a proposal is refused, in the order the reasons are checked. */
export const intakeRefusals = [
  'other-proposal',
  'not-a-decision',
  'already-final',
  'same-stage',
  'reason-required',
  'reason-too-long',
  'out-of-order',
] as const;

/**
 * Why a decision could not be recorded: it is for another proposal; it moves the proposal back to submitted, where
 * only a new submission starts; the proposal is already approved or rejected, which is final; it moves the proposal to
 * the stage it is in; it defers or rejects without a reason; its reason is longer than 2,000 characters; or it is dated
 * before the proposal's last decision.
 */
export type IntakeRefusal = (typeof intakeRefusals)[number];
