import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { discoverFieldIds } from '../../src/adapters/jira/discover-field-ids';
import { jiraIssueSchema } from '../../src/adapters/jira/jira-issue-schema';
import { toWorkItem } from '../../src/adapters/jira/to-work-item';
import { parseProjectKey } from '../../src/domain/ids/parse-project-key';
import { computeProjectRollup } from '../../src/domain/rollup/compute-project-rollup';
import type { WorkItem } from '../../src/domain/work-item/work-item';
import { collectGarbage } from './collect-garbage';

/** CPU time of the pure roll-up over one large set of work items. */
export interface DomainRollupBench {
  readonly items: number;
  /** The first run, before the optimiser has seen the code. */
  readonly firstCpuMs: number;
  /** The median of the runs after it. */
  readonly medianCpuMs: number;
  readonly runs: number;
}

function cpuMsOf(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/**
 * Times `computeProjectRollup` alone over `count` work items read from a generated demo site through the Jira
 * adapter (the site's issues as Jira's search would return them, with the field mapping found by name), all rolled
 * up as one project. No Jira, no storage: only the domain's CPU.
 */
export async function benchDomainRollup(count: number, now: Date, runs = 5): Promise<DomainRollupBench> {
  const site = generateDemoSite({ now, scale: count });
  const mapping = discoverFieldIds(site.fields);
  const items: WorkItem[] = [];
  for (const issue of site.issues) {
    const parsed = jiraIssueSchema.safeParse(issue);
    const item = parsed.success ? toWorkItem(parsed.data, mapping) : null;
    if (item !== null) items.push(item);
  }
  const key = parseProjectKey('BENCH');
  if (key === null) throw new Error('BENCH is not a project key.');
  const input = { project: { key, name: 'Benchmark', category: null, leadId: null }, items };
  const asOf = now.toISOString();
  collectGarbage();
  // Yield once so the heap sampler and timers of earlier phases have settled before timing.
  await new Promise((resolve) => setImmediate(resolve));
  const firstCpuMs = cpuMsOf(() => computeProjectRollup(input, asOf));
  const later = Array.from({ length: runs }, () => cpuMsOf(() => computeProjectRollup(input, asOf))).sort((a, b) => a - b);
  return { items: items.length, firstCpuMs, medianCpuMs: later[Math.floor(later.length / 2)] ?? firstCpuMs, runs };
}
