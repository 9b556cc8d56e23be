import type { Rag } from '../rag/rag';
import type { RaidScale } from '../work-item/raid-scale';

/** The colour of one cell of the risk heat map: a judged colour, never grey. */
export type MatrixColour = Exclude<Rag, 'grey'>;

/**
 * A 5x5 risk heat map: `colours[impact - 1][probability - 1]`, so the first row is the lowest impact and the first
 * column the lowest probability. Each cell's colour is configurable, so a PMO that treats "rare but catastrophic" as
 * red can say so without changing the score.
 */
export interface RiskMatrix {
  readonly colours: readonly (readonly MatrixColour[])[];
}

/** Where a scored risk sits on the heat map. */
export interface MatrixCell {
  readonly probability: RaidScale;
  readonly impact: RaidScale;
  /** probability x impact, 1..25. */
  readonly score: number;
  readonly colour: MatrixColour;
}
