import type { Quarter } from './quarter';

/**
 * An amount per quarter, in one program's capacity unit: a capacity or a demand. A quarter that is absent has no
 * amount (for a capacity: none set, which is not the same as a capacity of 0). Amounts are kept as computed, with
 * their fractions; round them only to display them.
 */
export type QuarterAmounts = Readonly<Partial<Record<Quarter, number>>>;
