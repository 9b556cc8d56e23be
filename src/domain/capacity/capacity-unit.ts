/**
 * The units a program plans its capacity in: story points (teams that estimate in points) or person-days (teams that
 * estimate in time; a person-day is 8 hours of original estimate).
 */
export const capacityUnits = ['story-points', 'person-days'] as const;

/** One of `capacityUnits`. */
export type CapacityUnit = (typeof capacityUnits)[number];
