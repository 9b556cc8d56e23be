import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import { createSimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import { discoverFieldIds } from '../../src/adapters/jira/discover-field-ids';
import { jiraIssueSchema } from '../../src/adapters/jira/jira-issue-schema';
import { toWorkItem } from '../../src/adapters/jira/to-work-item';
import { defaultChangePolicy } from '../../src/domain/change-control/default-change-policy';
import { summarizeChangeControl } from '../../src/domain/change-control/summarize-change-control';
import { takeApprovedBaseline } from '../../src/domain/change-control/take-approved-baseline';
import { parseAccountId } from '../../src/domain/ids/parse-account-id';
import { parseProjectKey } from '../../src/domain/ids/parse-project-key';
import { addCalendarDays, instantOf, parseCalendarDay, utcDayOf } from '../../src/domain/time';
import type { WorkItem } from '../../src/domain/work-item/work-item';
import { collectGarbage } from './collect-garbage';

/** What change control costs: the pure summary's CPU over many items, and the Jira requests it adds to a first read. */
export interface ChangeControlBench {
  readonly items: number;
  readonly baselined: number;
  readonly changeRequests: number;
  readonly uncontrolledSlips: number;
  /** Median CPU of the summary over every item, and per 1,000 items. */
  readonly cpuMs: number;
  readonly cpuMsPer1000: number;
  /** The demo site's first read: every Jira request, and those change control made (workflow decisions' changelog, impact fields). */
  readonly demoRequests: number;
  readonly demoChangeControlRequests: number;
  readonly demoChangeControlEndpoints: readonly string[];
}

function cpuMsOf(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/**
 * Times `summarizeChangeControl` over `count` work items of a generated site as one project, approved on its current
 * milestones, gates and epics, then with every 50th baselined item moved a week later and every 100th item labelled a
 * change request; then runs the default demo's first read (whose projects hold change requests, one decided by its
 * workflow) and counts the requests change control added: the changelog read to record the workflow's decision.
 */
export async function benchChangeControl(count: number, now: Date, runs = 5): Promise<ChangeControlBench> {
  const site = generateDemoSite({ now, scale: count });
  const mapping = discoverFieldIds(site.fields);
  const read: WorkItem[] = [];
  for (const issue of site.issues) {
    const parsed = jiraIssueSchema.safeParse(issue);
    const item = parsed.success ? toWorkItem(parsed.data, mapping) : null;
    if (item !== null) read.push(item);
  }
  const projectKey = parseProjectKey('BENCH');
  const approvedBy = parseAccountId('bench-sponsor');
  if (projectKey === null || approvedBy === null) throw new Error('BENCH and bench-sponsor must parse.');
  const asOf = instantOf(now);
  const items = read.map((item) => ({ ...item, projectKey }));
  const baseline = takeApprovedBaseline({ projectKey, items, budgetAtCompletion: null, scope: null, approvedAt: asOf, approvedBy });
  const moved = new Set(baseline.items.filter((_, index) => index % 50 === 0).map((held) => held.key));
  const current = items.map((item, index) => {
    const due = item.due === null ? null : parseCalendarDay(item.due);
    const later = moved.has(item.key) && due !== null ? { due: addCalendarDays(due, 7) } : {};
    return { ...item, ...later, ...(index % 100 === 0 ? { labels: [...item.labels, 'change-request'] } : {}) };
  });
  const input = { items: current, policy: defaultChangePolicy, current: baseline, decisions: [] };
  const today = utcDayOf(asOf);
  collectGarbage();
  const summary = summarizeChangeControl(input, today);
  const timed = Array.from({ length: runs }, () => cpuMsOf(() => summarizeChangeControl(input, today))).sort((a, b) => a - b);
  const cpuMs = timed[Math.floor(timed.length / 2)] ?? 0;

  const demo = await createLocalApp({ site: generateDemoSite({ now }), dataDir: null, clock: createSimulatedClock(now) });
  try {
    demo.fake?.resetTraffic();
    await demo.fireDailySnapshot();
    await demo.queue.drain();
    const traffic = demo.fake?.traffic();
    const changeEndpoints = Object.entries(traffic?.byEndpoint ?? {}).filter(([endpoint]) => endpoint.includes('changelog'));
    return {
      items: items.length,
      baselined: baseline.items.length,
      changeRequests: summary.changeRequests,
      uncontrolledSlips: summary.uncontrolledSlips,
      cpuMs,
      cpuMsPer1000: (cpuMs * 1000) / Math.max(1, items.length),
      demoRequests: traffic?.total ?? 0,
      demoChangeControlRequests: changeEndpoints.reduce((sum, [, requests]) => sum + requests, 0),
      demoChangeControlEndpoints: changeEndpoints.map(([endpoint, requests]) => `${endpoint} ${String(requests)}`),
    };
  } finally {
    await demo.close();
  }
}
