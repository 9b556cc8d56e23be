import type { Rag } from './rag';

/** A colour with everything needed to explain it: the reason in plain words, the figures used and the thresholds. */
export interface RagDecision {
  readonly rag: Rag;
  /** E.g. "CPI 0.82 is below the red threshold 0.85". */
  readonly reason: string;
  readonly inputs: Readonly<Record<string, number | string | null>>;
  /** The thresholds that applied, in words, e.g. "amber below CPI 0.95, red below 0.85". */
  readonly threshold: string;
  /** Present when a PMO admin set this colour by hand over the computed one: who, and the last day it applies. */
  readonly setByHand?: SetByHand;
}

/** Who set a colour by hand and the last day (`yyyy-mm-dd`, UTC) it applies. */
export interface SetByHand {
  readonly by: string;
  readonly until: string;
}
