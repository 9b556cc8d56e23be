import { overallRag } from '../rag/overall-rag';
import type { Rag } from '../rag/rag';
import type { RagDecision, SetByHand } from '../rag/rag-decision';
import type { RagDimension } from '../rag/rag-dimension';
import type { ProjectRollup } from '../rollup/project-rollup';
import { isOverrideActive } from './is-override-active';
import type { RagOverride } from './rag-override';

const words: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'No data' };

function explain(override: RagOverride, computed: { readonly rag: Rag; readonly reason: string }): string {
  return `Set to ${words[override.rag]} by ${override.setBy.displayName} until ${override.expiresOn}: ${override.reason} (computed: ${words[computed.rag]}, ${computed.reason})`;
}

const setByHandOf = (override: RagOverride): SetByHand => ({ by: override.setBy.displayName, until: override.expiresOn });

/**
 * The roll-up as a reader sees it with the project's active overrides: each overridden dimension takes the set colour
 * with a reason naming who set it, until when, why, and what was computed; the overall colour then follows from the
 * dimensions by the policy's mode, unless the overall colour is overridden itself. Expired overrides, and overrides of
 * another project, change nothing.
 *
 * @example
 * const shown = applyRagOverrides(rollup, [{ ...override, target: 'cost', rag: 'amber', expiresOn: '2026-12-15' }], '2026-11-21T10:00:00.000Z');
 * shown.rag.cost.reason; // 'Set to Amber by Morgan Ellis until 2026-12-15: … (computed: Red, CPI 0.82 is below …)'
 */
export function applyRagOverrides(rollup: ProjectRollup, overrides: readonly RagOverride[], now: string): ProjectRollup {
  const active = overrides.filter((o) => o.projectKey === rollup.project.key && isOverrideActive(o, now));
  if (active.length === 0) return rollup;
  const byTarget = new Map(active.map((o) => [o.target, o]));
  const decide = (dimension: RagDimension): RagDecision => {
    const computed = rollup.rag[dimension];
    const override = byTarget.get(dimension);
    return override === undefined
      ? computed
      : {
          ...computed,
          rag: override.rag,
          reason: explain(override, computed),
          inputs: { ...computed.inputs, computedRag: computed.rag },
          setByHand: setByHandOf(override),
        };
  };
  const rag = { schedule: decide('schedule'), scope: decide('scope'), cost: decide('cost'), risk: decide('risk'), compliance: decide('compliance') };
  const overallOverride = byTarget.get('overall');
  const following = overallRag(rag, rollup.overallMode ?? 'worst-of-non-grey');
  const overall =
    overallOverride === undefined
      ? following
      : { rag: overallOverride.rag, reason: explain(overallOverride, rollup.overall), setByHand: setByHandOf(overallOverride) };
  return { ...rollup, rag, overall };
}
