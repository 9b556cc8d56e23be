import type { SaveCapacityPayload } from '../../../../src/contract/capacity-payloads';
import { capacityBandsProblem, type ProgramCapacity } from '../../../../src/domain/capacity';
import type { PathProblem } from '../intake-admin/path-problem';
import type { CapacityDraft } from './capacity-draft';

/** The payload a draft may save, or every problem, at `rows.<row>.<quarter>` or `bands.<amberFrom|redAbove>`. */
export type CapacityDraftCheck =
  { readonly ok: true; readonly payload: SaveCapacityPayload } | { readonly ok: false; readonly problems: readonly PathProblem[] };

function amountIn(text: string): number | string | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return 'must be a number';
  if (value < 0) return 'must not be negative';
  return value;
}

/**
 * Checks the capacity form before anything is sent and builds the save: each amount a number of at least 0 (an empty
 * field sets none), bands as percentages with 0 < amber from <= red above. Saved amounts of quarters the form does not
 * show are kept, and a program left with no amount at all is left out.
 *
 * @example
 * checkCapacityDraft({ ...draft, rows: [{ program: 'Digital', unit: 'story-points', amounts: { '2027-Q1': '-5' } }] }, [], 1);
 * // { ok: false, problems: [{ path: 'rows.0.2027-Q1', message: 'must not be negative' }] }
 */
export function checkCapacityDraft(draft: CapacityDraft, saved: readonly ProgramCapacity[], expectedVersion: number): CapacityDraftCheck {
  const problems: PathProblem[] = [];
  const capacities = draft.rows.flatMap((row, index) => {
    const byQuarter: Record<string, number> = {};
    const kept = saved.find((c) => c.program === row.program)?.byQuarter ?? {};
    for (const [quarter, amount] of Object.entries(kept)) if (!draft.quarters.some((q) => q === quarter) && amount !== undefined) byQuarter[quarter] = amount;
    for (const quarter of draft.quarters) {
      const amount = amountIn(row.amounts[quarter] ?? '');
      if (typeof amount === 'string') problems.push({ path: `rows.${String(index)}.${quarter}`, message: `${row.program} ${quarter}: ${amount}` });
      else if (amount !== null) byQuarter[quarter] = amount;
    }
    return Object.keys(byQuarter).length === 0 ? [] : [{ program: row.program, unit: row.unit, byQuarter }];
  });
  const amber = amountIn(draft.amberFrom);
  const red = amountIn(draft.redAbove);
  if (amber === null || typeof amber === 'string') problems.push({ path: 'bands.amberFrom', message: `Amber from ${amber ?? 'is needed'}` });
  if (red === null || typeof red === 'string') problems.push({ path: 'bands.redAbove', message: `Red above ${red ?? 'is needed'}` });
  if (typeof amber === 'number' && typeof red === 'number') {
    const problem = capacityBandsProblem({ amberFrom: amber / 100, redAbove: red / 100 });
    if (problem !== null)
      problems.push({
        path: problem.startsWith('redAbove') ? 'bands.redAbove' : 'bands.amberFrom',
        message: problem.replace('amberFrom', 'Amber from').replace('redAbove', 'red above'),
      });
  }
  if (problems.length > 0 || typeof amber !== 'number' || typeof red !== 'number') return { ok: false, problems };
  return { ok: true, payload: { capacities, bands: { amberFrom: amber / 100, redAbove: red / 100 }, expectedVersion } };
}
