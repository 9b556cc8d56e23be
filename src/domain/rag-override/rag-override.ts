import { ragDimensions } from '../rag/rag-dimension';

/** What an override may set: the overall colour, or one dimension's. */
export const ragOverrideTargets = ['overall', ...ragDimensions] as const;

/** What an override sets: one dimension's colour, or the overall colour. */
export type RagOverrideTarget = (typeof ragOverrideTargets)[number];

/** The colours an override may set: a judgement, so never "no data". */
export const overrideRags = ['green', 'amber', 'red'] as const;
export type OverrideRag = (typeof overrideRags)[number];

/**
 * A manual colour set on a project by a PMO admin, over what the roll-up computed: always with a reason and an expiry
 * (the last day it applies, UTC), after which the computed colour shows again.
 */
export interface RagOverride {
  readonly projectKey: string;
  readonly target: RagOverrideTarget;
  readonly rag: OverrideRag;
  readonly reason: string;
  /** The last day (`yyyy-mm-dd`, UTC) the override applies. */
  readonly expiresOn: string;
  readonly setBy: { readonly accountId: string; readonly displayName: string };
  readonly setAt: string;
}
