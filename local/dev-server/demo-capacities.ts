import { nextQuarter, quarterOf, spreadDemand, type ProgramCapacity, type Quarter } from '../../src/domain/capacity';
import type { CalendarDay } from '../../src/domain/time';
import type { WorkItem } from '../../src/domain/work-item/work-item';

/** The program whose current quarter the demo overloads: the core platforms carry the most work now. */
const overloadedProgram = 'Core Platforms';
/** Quarters set: this one and the three after it, as the heat map shows at the least. */
const quartersSet = 4;

const roundUp = (value: number): number => Math.max(5, Math.ceil(value / 5) * 5);
const roundDown = (value: number): number => Math.max(5, Math.floor(value / 5) * 5);

/**
 * Capacities for the demo's programs in story points, from their own demand: each quarter's capacity leaves the work
 * at about 60% of it (green), with at least the program's busiest quarter's room in quarters without work, except
 * Core Platforms' current quarter, set about 15% under its demand so the heat map opens with one red cell.
 * @param programOf the program (project category) of a project key; null for a project in none.
 * @example
 * demoCapacities(items, (key) => categories.get(key) ?? null, day('2026-11-20'))[0]?.byQuarter; // { '2026-Q4': 215, ... }
 */
export function demoCapacities(items: readonly WorkItem[], programOf: (projectKey: string) => string | null, today: CalendarDay): ProgramCapacity[] {
  const byProgram = new Map<string, WorkItem[]>();
  for (const item of items) {
    const program = programOf(item.projectKey);
    if (program !== null) byProgram.set(program, [...(byProgram.get(program) ?? []), item]);
  }
  const quarters: Quarter[] = [quarterOf(today)];
  while (quarters.length < quartersSet) {
    const last = quarters.at(-1);
    if (last === undefined) break;
    quarters.push(nextQuarter(last));
  }
  return [...byProgram.keys()].sort().map((program) => {
    const spread = spreadDemand(byProgram.get(program) ?? [], 'story-points', today);
    const demand = quarters.map((quarter) => spread.byQuarter[quarter] ?? 0);
    const room = roundUp(Math.max(...demand) / 0.6);
    const byQuarter: Partial<Record<Quarter, number>> = {};
    quarters.forEach((quarter, index) => {
      const wanted = demand[index] ?? 0;
      byQuarter[quarter] = program === overloadedProgram && index === 0 && wanted > 0 ? roundDown(wanted / 1.15) : wanted > 0 ? roundUp(wanted / 0.6) : room;
    });
    return { program, unit: 'story-points', byQuarter };
  });
}
