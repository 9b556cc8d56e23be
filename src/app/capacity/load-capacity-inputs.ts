import type { CapacityProgramDto, CapacityProjectDto } from '../../contract/capacity-dto';
import {
  defaultCapacityBands,
  parseQuarter,
  quarterOf,
  spreadDemand,
  type CapacityUnit,
  type ProgramCapacity,
  type Quarter,
  type QuarterAmounts,
} from '../../domain/capacity';
import { makeExactSum, type ExactSum } from '../../domain/math/exact-sum';
import type { RaidMapping } from '../../domain/raid/raid-mapping';
import type { CalendarDay } from '../../domain/time';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { CapacityInputs } from './capacity-inputs';
import type { CapacityReadDeps } from './capacity-read-deps';
import { shownQuarters } from './shown-quarters';

interface CountedProject {
  readonly project: CapacityProjectDto;
  readonly program: string;
  readonly items: readonly WorkItem[];
  readonly raidMapping: RaidMapping;
}

type ProjectRead = { kind: 'counted'; counted: CountedProject } | { kind: 'no-program' | 'not-refreshed'; project: CapacityProjectDto };

const byName = (a: string, b: string): number => {
  const folded = a.localeCompare(b, 'en', { sensitivity: 'base' });
  return folded !== 0 ? folded : a < b ? -1 : a > b ? 1 : 0;
};

const quartersIn = (amounts: QuarterAmounts): Quarter[] => Object.keys(amounts).flatMap((key) => parseQuarter(key) ?? []);

function fromQuarter(capacity: ProgramCapacity, first: Quarter): ProgramCapacity {
  const byQuarter: Partial<Record<Quarter, number>> = {};
  for (const quarter of quartersIn(capacity.byQuarter)) if (quarter >= first) byQuarter[quarter] = capacity.byQuarter[quarter] ?? 0;
  return { ...capacity, byQuarter };
}

/**
 * Reads what the capacity heat map is computed from, for one viewer and from storage only (no Jira search): the
 * projects Jira lets the viewer browse, their stored roll-ups (whose project category is the program) and work items,
 * and the saved capacities. Projects the viewer cannot browse are never read, so no demand, program or capacity of
 * theirs can reach the answer; capacities are kept only for programs with a browsable project. Each program's work
 * is spread over quarters in its capacity's unit (story points while none is set), items classified by its project's
 * template RAID mapping left out. Intake projects (named in the intake settings) hold proposals, not work: they are
 * not read, so they count neither as demand nor as projects without a program.
 */
export async function loadCapacityInputs(deps: CapacityReadDeps, today: CalendarDay): Promise<CapacityInputs> {
  const [viewerProjects, stored, intake] = await Promise.all([
    deps.viewer.browsableProjects(),
    deps.capacities.loadCapacities(),
    deps.intakeSettings.loadSettings(),
  ]);
  const intakeKeys = new Set<string>(intake?.projectKeys ?? []);
  const reads = await Promise.all(
    viewerProjects
      .filter((project) => !intakeKeys.has(project.key))
      .map(async (browsable): Promise<ProjectRead> => {
        const project = { key: browsable.key, name: browsable.name };
        const [rollup, issues] = await Promise.all([deps.rollups.loadRollup(browsable.key), deps.workItems.loadProjectIssues(browsable.key)]);
        if (rollup === null || issues === null) return { kind: 'not-refreshed', project };
        const program = rollup.rollup.project.category;
        if (program === null) return { kind: 'no-program', project };
        const template = await deps.templateFor(browsable.key);
        return { kind: 'counted', counted: { project, program, items: issues.map((issue) => issue.item), raidMapping: template.raidPolicy.mapping } };
      }),
  );
  const byKey = (a: CapacityProjectDto, b: CapacityProjectDto) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const pick = (kind: 'no-program' | 'not-refreshed') => reads.flatMap((read) => (read.kind === kind ? [read.project] : [])).sort(byKey);
  const counted = reads.flatMap((read) => (read.kind === 'counted' ? [read.counted] : []));

  const programNames = [...new Set(counted.map((entry) => entry.program))].sort(byName);
  const capacityOf = new Map((stored?.capacities ?? []).map((capacity) => [capacity.program, capacity]));
  const currentQuarter = quarterOf(today);
  const capacities = programNames.flatMap((program) => {
    const capacity = capacityOf.get(program);
    return capacity === undefined ? [] : [fromQuarter(capacity, currentQuarter)];
  });

  const programs: CapacityProgramDto[] = [];
  const sums = new Map<string, Map<Quarter, ExactSum>>();
  for (const program of programNames) {
    const unit: CapacityUnit = capacityOf.get(program)?.unit ?? 'story-points';
    const members = counted.filter((entry) => entry.program === program).sort((a, b) => byKey(a.project, b.project));
    const row = new Map<Quarter, ExactSum>();
    let unestimated = 0;
    for (const member of members) {
      const spread = spreadDemand(member.items, unit, today, member.raidMapping);
      unestimated += spread.unestimated;
      for (const quarter of quartersIn(spread.byQuarter)) {
        const sum = row.get(quarter) ?? makeExactSum();
        sum.add(spread.byQuarter[quarter] ?? 0);
        row.set(quarter, sum);
      }
    }
    sums.set(program, row);
    programs.push({ program, demandUnit: unit, capacitySet: capacityOf.has(program), projects: members.map((member) => member.project), unestimated });
  }

  const named = [...[...sums.values()].flatMap((row) => [...row.keys()]), ...capacities.flatMap((capacity) => quartersIn(capacity.byQuarter))];
  const quarters = shownQuarters(currentQuarter, named);
  const demand = Object.fromEntries(
    programNames.map((program) => {
      const row = sums.get(program);
      const amounts: Partial<Record<Quarter, number>> = {};
      for (const quarter of quarters) amounts[quarter] = row?.get(quarter)?.total() ?? 0;
      return [program, amounts];
    }),
  );
  return {
    today,
    currentQuarter,
    quarters,
    stored,
    bands: stored?.bands ?? defaultCapacityBands,
    capacities,
    demand,
    programs,
    withoutProgram: pick('no-program'),
    notRefreshed: pick('not-refreshed'),
  };
}
