/** A proposal under consideration that a what-if may tick in: open (submitted or screening). */
export interface WhatIfCandidate {
  readonly key: string;
  readonly summary: string;
  /** Its project's program; null when the project is in none (an intake project often is), so the reader names one. */
  readonly program: string | null;
}
