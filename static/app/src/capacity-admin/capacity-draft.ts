import type { CapacityUnit, Quarter } from '../../../../src/domain/capacity';

/** One program's row of the capacity form: its unit, and each quarter's amount as typed (empty: none set). */
export interface CapacityRowDraft {
  readonly program: string;
  readonly unit: CapacityUnit;
  readonly amounts: Readonly<Record<string, string>>;
}

/** The capacity form as typed: numbers stay text until checked, so a half-typed value is not lost. */
export interface CapacityDraft {
  /** The quarters the form shows, in time order. */
  readonly quarters: readonly Quarter[];
  readonly rows: readonly CapacityRowDraft[];
  /** The bands in percent of capacity, as typed: amber from, red above. */
  readonly amberFrom: string;
  readonly redAbove: string;
}
