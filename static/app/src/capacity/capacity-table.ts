import type { Rag } from '../../../../src/domain/rag';

/** One heat map cell in words: "46 / 50 (92%)", its colour, and why a grey cell is grey. */
export interface CapacityTableCell {
  readonly quarter: string;
  readonly text: string;
  readonly rag: Rag;
  /** The reason behind the colour, e.g. "load 0.92 (46 of 50)" or "no capacity set for 2027-Q2". */
  readonly reason: string;
}

/** The heat map as a table: quarters as columns, a row per program with its unit. */
export interface CapacityTable {
  readonly quarters: readonly string[];
  readonly rows: readonly { readonly program: string; readonly unit: string; readonly cells: readonly CapacityTableCell[] }[];
}
