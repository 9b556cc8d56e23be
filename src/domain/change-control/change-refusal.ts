/** Why an approved baseline refuses to take a change, in the order the reasons are checked. */
export const changeRefusals = [
  'other-change',
  'not-approved',
  'other-project',
  'already-applied',
  'impact-not-finite',
  'days-not-whole',
  'names-nothing-held',
  'out-of-range',
] as const;

/**
 * Why a change could not be applied: the decision is for another change; the change is not approved; it belongs to
 * another project; the baseline is already the version it made; an impact is NaN or infinite; its days are not
 * whole; it names no item the baseline holds; or a date or amount would leave the range a plan can hold.
 */
export type ChangeRefusal = (typeof changeRefusals)[number];
