import type { HeatMapCell } from '../../domain/capacity';
import { loadPercent } from './load-percent';

/**
 * A program quarter's load before and after a proposal's demand, in words for the decider.
 *
 * @example
 * describeLoadChange('Core Platforms', cellAt92Percent, cellAt108Percent); // 'Core Platforms 2026-Q4 from 92% to 108%'
 */
export function describeLoadChange(program: string, before: HeatMapCell, after: HeatMapCell): string {
  return `${program} ${after.quarter} from ${loadPercent(before)} to ${loadPercent(after)}`;
}
