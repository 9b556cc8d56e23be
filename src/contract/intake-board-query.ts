import type { IntakeStage } from '../domain/intake/intake-stage';

/**
 * Which part of the ranked intake board to answer: the proposals matching every filter given (an absent filter keeps
 * all; `program: null` keeps proposals in no program, `theme: null` those with no theme; `stage: 'open'` keeps the
 * submitted and screening ones), from `offset` in board order, at most `limit` of them (100 when absent, 500 at most),
 * so a board of thousands of proposals answers in pages far below Forge's 5 MB response limit. Ranks are always the
 * whole board's.
 */
export interface IntakeBoardQuery {
  readonly program?: string | null;
  readonly theme?: string | null;
  readonly stage?: IntakeStage | 'open';
  readonly offset?: number;
  readonly limit?: number;
}
