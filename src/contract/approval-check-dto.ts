import type { HeatMapCell } from '../domain/capacity/heat-map-cell';

/**
 * What approving an open proposal would do to its program's capacity, checked on the heat map the board was loaded
 * with: it `fits`, it takes quarters `over` capacity (approving then needs the decider's confirmation), or it is
 * `unchecked`, with the reason in words (no program, no estimate in the program's unit, no dates, no capacity set).
 */
export type ApprovalCheckDto =
  | {
      readonly kind: 'fits';
      readonly program: string;
      /** The quarters its demand falls in that have a capacity set, in time order. */
      readonly quarters: readonly string[];
      /** The quarters its demand falls in with no capacity set, so not checked. */
      readonly withoutCapacity: readonly string[];
    }
  | {
      readonly kind: 'over';
      readonly program: string;
      /** The quarters it would leave over capacity, in time order. */
      readonly over: readonly {
        readonly quarter: string;
        readonly before: HeatMapCell;
        readonly after: HeatMapCell;
        /** The quarter is over capacity already; approving adds to it. */
        readonly alreadyOver: boolean;
        /** The change in words, e.g. "Core Platforms 2026-Q4 from 92% to 108%". */
        readonly description: string;
      }[];
      readonly withoutCapacity: readonly string[];
    }
  | { readonly kind: 'unchecked'; readonly reason: string };
