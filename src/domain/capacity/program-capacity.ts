import type { CapacityUnit } from './capacity-unit';
import type { QuarterAmounts } from './quarter-amounts';

/**
 * What a program can deliver per quarter, as its admin set it, in the unit the program plans in. A quarter missing
 * from `byQuarter` has no capacity set; 0 is a capacity (a quarter the program has no room in).
 */
export interface ProgramCapacity {
  /** The program's name, as the portfolio groups projects by it. */
  readonly program: string;
  readonly unit: CapacityUnit;
  readonly byQuarter: QuarterAmounts;
}
