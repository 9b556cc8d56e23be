import type { Rag } from '../rag/rag';
import type { Quarter } from './quarter';

/** One program's load in one quarter, with the figures behind its colour. */
export interface HeatMapCell {
  readonly quarter: Quarter;
  /** The capacity set for the quarter, or null when none is set. */
  readonly capacity: number | null;
  /** The demand on the quarter, 0 when none; fractions kept. */
  readonly demand: number;
  /** demand / capacity, or null when there is no capacity to divide by (none set, or 0). */
  readonly load: number | null;
  /** Green, amber or red by the bands; grey when no capacity is set. */
  readonly rag: Rag;
  /** Whether demand exceeds capacity (a load over 100%, or any demand on a capacity of 0). */
  readonly overCapacity: boolean;
  /** The colour in words, e.g. "load 0.92 (46 of 50)": figures rounded for reading only. */
  readonly reason: string;
}
