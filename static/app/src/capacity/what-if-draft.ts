/** What the reader entered for one proposal of a what-if: whether it is ticked in, its estimate, its quarter and, where its project has none, its program. */
export interface WhatIfDraft {
  readonly ticked: boolean;
  readonly estimate: string;
  readonly quarter: string;
  /** The program chosen for a proposal whose project is in none; null until chosen. */
  readonly program: string | null;
}
