import type { Rag } from './rag';

/** The overall colour and why, naming the dimensions that decided it. */
export interface OverallRagDecision {
  readonly rag: Rag;
  readonly reason: string;
}
