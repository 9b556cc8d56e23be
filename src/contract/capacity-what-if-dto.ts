import type { WhatIfOutcome } from '../domain/capacity/what-if-outcome';

/**
 * A scenario over the viewer's heat map: the map before and after the ticked proposals, every program-quarter whose
 * colour changes or that goes over capacity (with "pushes DIGITAL 2027-Q2 from amber 0.92 to red 1.08"), and the
 * program-quarters with no capacity set that they add demand to.
 */
export type CapacityWhatIfDto = WhatIfOutcome;
