import type { RagOverridesDto } from '../../../../src/contract/rag-override-dto';
import type { Rag } from '../../../../src/domain/rag';
import type { OverrideRag, RagOverrideTarget } from '../../../../src/domain/rag-override';
import { overrideTargets } from './override-targets';

/** The override in force on one row, in the words the table shows. */
export interface ColourRowOverride {
  readonly rag: OverrideRag;
  /** "by Morgan Ellis until 2026-12-15" */
  readonly setByUntil: string;
  readonly reason: string;
  /** The full account id of whoever set it, for a tooltip. */
  readonly setById: string;
}

/** One row of the project's colours: what the roll-up computed, and what was set by hand over it, if anything. */
export interface ColourRow {
  readonly target: RagOverrideTarget;
  readonly label: string;
  readonly computed: { readonly rag: Rag; readonly reason: string };
  readonly override: ColourRowOverride | null;
}

/**
 * The rows of the Project colours table: the overall colour, then each dimension, each with its computed colour and
 * the override in force over it (the first one the app listed, should it ever list two for a target).
 *
 * @example
 * buildColourRows(dto)[3];
 * // => { target: 'cost', label: 'Cost', computed: { rag: 'red', reason: 'CPI 0.82 …' },
 * //      override: { rag: 'amber', setByUntil: 'by Morgan Ellis until 2026-12-15', reason: 'Vendor credit agreed', setById: '712020:…' } }
 */
export function buildColourRows(dto: RagOverridesDto): ColourRow[] {
  return overrideTargets.map(({ target, label }) => {
    const override = dto.overrides.find((o) => o.target === target);
    return {
      target,
      label,
      computed: { rag: dto.computed[target].rag, reason: dto.computed[target].reason },
      override:
        override === undefined
          ? null
          : {
              rag: override.rag,
              setByUntil: `by ${override.setBy.displayName} until ${override.expiresOn}`,
              reason: override.reason,
              setById: override.setBy.accountId,
            },
    };
  });
}
