import type { Rag } from '../domain/rag/rag';
import type { OverrideRag, RagOverride, RagOverrideTarget } from '../domain/rag-override/rag-override';

/**
 * A project's colours as the roll-up computed them, the manual overrides in force over them, and whether the reader
 * may set or clear overrides (Jira administrators).
 */
export interface RagOverridesDto {
  readonly projectKey: string;
  /** The computed colour and reason of every dimension and of the overall colour, before any override. */
  readonly computed: Readonly<Record<RagOverrideTarget, { readonly rag: Rag; readonly reason: string }>>;
  /** Overrides still in force, one per target at most. */
  readonly overrides: readonly RagOverride[];
  readonly canEdit: boolean;
  /** When the roll-up was computed; null before the project's first refresh (then nothing can be overridden). */
  readonly asOf: string | null;
}

/** setRagOverride's payload: the colour, why, and the last day (`yyyy-mm-dd`, UTC) it applies. */
export interface SetRagOverridePayload {
  readonly projectKey: string;
  readonly target: RagOverrideTarget;
  readonly rag: OverrideRag;
  readonly reason: string;
  readonly expiresOn: string;
}

export interface ClearRagOverridePayload {
  readonly projectKey: string;
  readonly target: RagOverrideTarget;
}
