import type { WorkItem } from '../work-item/work-item';

/**
 * A risk's score: probability x impact, each rated 1..5, so 1..25 (the cell of the 5x5 heat map, multiplied out).
 *
 * @returns the score, or null when either rating is missing (the risk is "unscored").
 * @example
 * riskScore({ ...item, raid: { probability: 4, impact: 5, mitigation: null } }); // 20
 */
export function riskScore(item: Pick<WorkItem, 'raid'>): number | null {
  const { probability, impact } = item.raid;
  return probability === null || impact === null ? null : probability * impact;
}
