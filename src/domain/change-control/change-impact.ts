/**
 * What a change request says it changes. Each part is null when the change does not say; a number that is not
 * finite is kept as read so that applying the change can refuse it with a clear reason.
 */
export interface ChangeImpact {
  /** Calendar days the named items' due dates move (negative brings them forward). */
  readonly days: number | null;
  /** Added to the budget at completion (negative lowers it). */
  readonly cost: number | null;
  /** Added to the total estimate (negative is descoping). */
  readonly scope: number | null;
}
