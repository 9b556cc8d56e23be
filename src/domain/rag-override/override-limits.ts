/** The longest an override may last: a manual colour must be looked at again within a quarter. */
export const MAX_OVERRIDE_DAYS = 90;
/** A reason shorter than this does not say why. */
export const MIN_OVERRIDE_REASON = 10;
/** The longest reason kept. */
export const MAX_OVERRIDE_REASON = 500;
