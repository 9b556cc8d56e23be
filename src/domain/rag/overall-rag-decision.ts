import type { Rag } from './rag';
import type { SetByHand } from './rag-decision';

/** The overall colour and why, naming the dimensions that decided it. */
export interface OverallRagDecision {
  readonly rag: Rag;
  readonly reason: string;
  /** Present when a PMO admin set the overall colour by hand. */
  readonly setByHand?: SetByHand;
}
