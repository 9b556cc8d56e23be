import type { CapacityUnit } from '../domain/capacity/capacity-unit';

/** saveCapacity's payload: every program's capacity, the bands (default 0.75 / 1 when left out), and the version edited (0 for none). */
export interface SaveCapacityPayload {
  readonly capacities: readonly {
    readonly program: string;
    readonly unit: CapacityUnit;
    /** Capacity per quarter written `yyyy-Qn`, e.g. `{ "2027-Q1": 40 }`. */
    readonly byQuarter: Readonly<Record<string, number>>;
  }[];
  readonly bands?: { readonly amberFrom: number; readonly redAbove: number } | undefined;
  readonly expectedVersion: number;
}

/** A proposal in a what-if: its id, program, estimate in the program's unit, and when it would run. */
export interface CapacityProposalPayload {
  readonly id: string;
  readonly program: string;
  readonly estimate: number;
  readonly runs: { readonly kind: 'quarters'; readonly quarters: readonly string[] } | { readonly kind: 'dates'; readonly start: string; readonly end: string };
}

/** whatIfCapacity's payload: the proposals under consideration and the ids ticked into the scenario. */
export interface WhatIfCapacityPayload {
  readonly proposals: readonly CapacityProposalPayload[];
  readonly selectedIds: readonly string[];
}
