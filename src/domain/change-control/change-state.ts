import type { DecidedOutcome } from './decided-outcome';
import type { Instant } from '../time/instant';

/** Where a change request stands: still waiting for a decision, or decided. */
export type ChangeState =
  | { readonly decided: false }
  | {
      readonly decided: true;
      readonly outcome: DecidedOutcome;
      /**
       * When it was decided, or null when that is not known: a decision recorded in the app always says; one carried
       * by a workflow status says only through the resolution date.
       */
      readonly decidedAt: Instant | null;
    };
