import type { CapacityDto } from '../../../../src/contract/capacity-dto';
import { defaultCapacityBands, nextQuarter, type Quarter } from '../../../../src/domain/capacity';
import type { CapacityDraft } from './capacity-draft';

/** Bands are shares of capacity (0.75); the form writes them as percentages (75), rounded past float noise. */
const percentOf = (share: number): string => String(Math.round(share * 10_000) / 100);

/**
 * The capacity form for what getCapacity answered: a row per program of the heat map and per program with a saved
 * capacity (in name order), a column per quarter the heat map shows and the `more` quarters after it, the saved
 * amounts and bands filled in.
 *
 * @example
 * draftOfCapacity(dto, 4).quarters; // 2026-Q4 ... 2028-Q3 for a heat map of 2026-Q4 ... 2027-Q3
 */
export function draftOfCapacity(dto: CapacityDto, more: number): CapacityDraft {
  const quarters: Quarter[] = dto.heatMap.quarters.length > 0 ? [...dto.heatMap.quarters] : [dto.currentQuarter];
  for (let step = 0; step < more; step += 1) {
    const last = quarters.at(-1);
    if (last !== undefined) quarters.push(nextQuarter(last));
  }
  const saved = dto.settings?.capacities ?? [];
  const programs = [...new Set([...dto.heatMap.rows.map((row) => row.program), ...saved.map((c) => c.program)])].sort((a, b) => a.localeCompare(b, 'en'));
  const rows = programs.map((program) => {
    const capacity = saved.find((c) => c.program === program);
    const amounts: Record<string, string> = {};
    for (const quarter of quarters) {
      const amount = capacity?.byQuarter[quarter];
      amounts[quarter] = amount === undefined ? '' : String(amount);
    }
    const unit = capacity?.unit ?? dto.heatMap.rows.find((row) => row.program === program)?.unit ?? 'story-points';
    return { program, unit, amounts };
  });
  const bands = dto.settings?.bands ?? defaultCapacityBands;
  return { quarters, rows, amberFrom: percentOf(bands.amberFrom), redAbove: percentOf(bands.redAbove) };
}
