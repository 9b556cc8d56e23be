/** A proposal under consideration that a what-if may tick in: open (submitted or screening), with what its issue plans. */
export interface WhatIfCandidate {
  readonly key: string;
  readonly summary: string;
  /** Its program (its Program field's, else its project's); null when neither names one, so the reader names one. */
  readonly program: string | null;
  /** Its estimate in its program's unit, as its issue holds it; null when it has none. */
  readonly estimate: number | null;
  /** The quarter it would start in (`yyyy-Qn`), from its dates; null without dates. */
  readonly quarter: string | null;
}
