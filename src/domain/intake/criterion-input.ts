import type { CriterionSource } from './criterion-source';

/** One criterion's value for a proposal, and where it came from. An explicit 0 is a value like any other. */
export interface CriterionInput {
  readonly value: number;
  readonly source: CriterionSource;
}

/** A proposal's criterion values by criterion id; a criterion with no entry is missing, never zero. */
export type ScoringInputs = Readonly<Partial<Record<string, CriterionInput>>>;
