/** A point on the 1..5 scale that RAID probability and impact are rated on (1 = very low, 5 = very high). */
export type RaidScale = 1 | 2 | 3 | 4 | 5;
