import type { RaidScale } from '../work-item/raid-scale';
import type { WorkItem } from '../work-item/work-item';

/** A risk's rating after its mitigation is taken into account. */
export interface ResidualRisk {
  readonly probability: RaidScale;
  readonly impact: RaidScale;
  readonly score: number;
}

function lower(value: RaidScale, steps: number): RaidScale {
  const lowered = Math.max(1, value - Math.max(0, Math.trunc(steps)));
  return lowered === 5 ? 5 : lowered === 4 ? 4 : lowered === 3 ? 3 : lowered === 2 ? 2 : 1;
}

/**
 * The residual risk of a mitigated risk. Rule: a mitigation acts on likelihood, not on consequence, so a risk whose
 * Mitigation field holds text has its probability lowered by `steps` (default one step, never below 1) and its impact
 * kept. Sites rarely keep separate residual ratings; this gives a cautious, explainable estimate instead.
 *
 * @returns the residual rating, or null when the risk is unscored or has no mitigation (its residual is its score).
 * @example
 * residualRisk({ raid: { probability: 5, impact: 4, mitigation: 'Second supplier' } }); // { probability: 4, impact: 4, score: 16 }
 * residualRisk({ raid: { probability: 5, impact: 4, mitigation: null } });              // null
 */
export function residualRisk(item: Pick<WorkItem, 'raid'>, steps = 1): ResidualRisk | null {
  const { probability, impact, mitigation } = item.raid;
  if (probability === null || impact === null || mitigation === null || mitigation.trim() === '') return null;
  const residual = lower(probability, steps);
  return { probability: residual, impact, score: residual * impact };
}
