import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { discoverFieldIds } from '../../src/adapters/jira/discover-field-ids';
import { jiraIssueSchema } from '../../src/adapters/jira/jira-issue-schema';
import { toWorkItem } from '../../src/adapters/jira/to-work-item';
import {
  capacityHeatMap,
  nextQuarter,
  quarterOf,
  spreadDemand,
  whatIf,
  type CapacityProposal,
  type ProgramCapacity,
  type ProgramDemand,
  type Quarter,
} from '../../src/domain/capacity';
import { addCalendarDays, instantOf, utcDayOf } from '../../src/domain/time';
import type { WorkItem } from '../../src/domain/work-item/work-item';
import { collectGarbage } from './collect-garbage';
import { startHeapSampler } from './start-heap-sampler';

/** What the capacity check costs in CPU and heap over a large portfolio and a long intake list. */
export interface CapacityBench {
  readonly items: number;
  readonly programs: number;
  readonly proposals: number;
  /** spreadDemand over every item (per program) and capacityHeatMap over the result. */
  readonly heatMapCpuMs: number;
  /** whatIf with every proposal ticked in. */
  readonly whatIfCpuMs: number;
  readonly quarters: number;
  readonly changes: number;
  /** The heap in use before timing (the work items and proposals held), in MiB. */
  readonly startHeapMiB: number;
  /** The highest heap in use seen during both phases, in MiB. */
  readonly peakHeapMiB: number;
}

const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

function cpuMsOf<T>(run: () => T): { result: T; cpuMs: number } {
  const start = process.cpuUsage();
  const result = run();
  const spent = process.cpuUsage(start);
  return { result, cpuMs: (spent.user + spent.system) / 1000 };
}

/** The work items of a generated demo site of `count` issues, read through the Jira adapter, by program (project category). */
function demoItemsByProgram(count: number, now: Date): Map<string, WorkItem[]> {
  const site = generateDemoSite({ now, scale: count });
  const mapping = discoverFieldIds(site.fields);
  const programOf = new Map(site.projects.map((project) => [project.key, project.projectCategory?.name ?? 'No program']));
  const byProgram = new Map<string, WorkItem[]>();
  for (const issue of site.issues) {
    const parsed = jiraIssueSchema.safeParse(issue);
    const item = parsed.success ? toWorkItem(parsed.data, mapping) : null;
    if (item === null) continue;
    const program = programOf.get(item.projectKey) ?? 'No program';
    const list = byProgram.get(program) ?? [];
    list.push(item);
    byProgram.set(program, list);
  }
  return byProgram;
}

/**
 * Times the capacity heat map over `itemCount` work items of a generated demo site (read through the Jira adapter,
 * as the refresh stores them), each project's category its program, and a what-if with `proposalCount` synthetic
 * proposals over those programs (half planned by quarters, half by dates), every one ticked in. No Jira, no storage:
 * only the domain's CPU, and the heap it needs.
 */
export async function benchCapacity(itemCount: number, proposalCount: number, now: Date): Promise<CapacityBench> {
  const byProgram = demoItemsByProgram(itemCount, now);
  const today = utcDayOf(instantOf(now));
  const quarters: Quarter[] = [quarterOf(today)];
  while (quarters.length < 8) quarters.push(nextQuarter(quarters[quarters.length - 1] ?? quarterOf(today)));
  const programs = [...byProgram.keys()];
  const capacities: ProgramCapacity[] = programs.map((program) => ({
    program,
    unit: 'story-points',
    byQuarter: Object.fromEntries(quarters.map((quarter) => [quarter, 2_000])),
  }));
  const proposals: CapacityProposal[] = Array.from({ length: proposalCount }, (_, index) => {
    const program = programs[index % programs.length] ?? 'No program';
    const id = `IN-${String(index + 1)}`;
    const start = addCalendarDays(today, (index * 7) % 540);
    return index % 2 === 0
      ? {
          id,
          program,
          estimate: 5 + (index % 40),
          runs: { kind: 'quarters', quarters: [quarters[index % 8] ?? quarterOf(today), quarters[(index + 1) % 8] ?? quarterOf(today)] },
        }
      : { id, program, estimate: 5 + (index % 40), runs: { kind: 'dates', start, end: addCalendarDays(start, 30 + (index % 200)) } };
  });

  collectGarbage();
  await new Promise((resolve) => setImmediate(resolve));
  const sampler = startHeapSampler(10);
  const startHeap = process.memoryUsage().heapUsed;
  let peak = startHeap;
  const heat = cpuMsOf(() => {
    const demand: ProgramDemand = Object.fromEntries(
      programs.map((program) => [program, spreadDemand(byProgram.get(program) ?? [], 'story-points', today).byQuarter]),
    );
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { demand, heatMap: capacityHeatMap(capacities, demand) };
  });
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const scenario = cpuMsOf(() =>
    whatIf(
      capacities,
      heat.result.demand,
      proposals,
      proposals.map((proposal) => proposal.id),
    ),
  );
  peak = Math.max(peak, process.memoryUsage().heapUsed, sampler.stop());
  const items = [...byProgram.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    items,
    programs: programs.length,
    proposals: proposals.length,
    heatMapCpuMs: heat.cpuMs,
    whatIfCpuMs: scenario.cpuMs,
    quarters: scenario.result.after.quarters.length,
    changes: scenario.result.changes.length,
    startHeapMiB: mib(startHeap),
    peakHeapMiB: mib(peak),
  };
}
