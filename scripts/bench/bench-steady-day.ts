import type { SimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import type { LocalApp } from '../../local/forge-runtime/create-local-app';
import { countDeferredJobs } from './count-deferred-jobs';
import { dayPointsFromSample } from './day-points-from-sample';
import { planSteadyDay } from './plan-steady-day';
import { runQueueUntil } from './run-queue-until';
import type { SteadyDayRow } from './steady-day-row';

const DAY_MS = 86_400_000;

function addPoints(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [endpoint, points] of Object.entries(from)) into[endpoint] = (into[endpoint] ?? 0) + points;
}

/**
 * One ordinary day of a site the app has already read, on simulated time: 2 % of the issues edited and 0.1 %
 * deleted (planSteadyDay), spread over the day, each change followed by its issue event, and the queue running the
 * refresh each event asks for when it falls due; at the end of the day the daily job, once, and everything it
 * queues. When the day holds more than `maxChanges` changes only its first `maxChanges` run (the first hours of the
 * day) and the events' points are scaled to the whole day (dayPointsFromSample): each event's refresh costs the same
 * whatever the hour, and on a large site every event reloads and stores a large project, which takes minutes.
 *
 * The fake has no delete: a deleted issue is taken out of the fake's site (searches and counts stop finding it) and
 * its delete event names its id. The fake's look-up by id or key (issue GET, bulk fetch) still finds it; the app's
 * refreshes do not ask for an issue by key.
 */
export async function benchSteadyDay(app: LocalApp, clock: SimulatedClock, projects: number, maxChanges: number): Promise<SteadyDayRow> {
  const { fake, simulatedQueue: queue } = app;
  if (fake === null || queue === null) throw new Error('The steady-state day needs the Jira fake and a simulated queue.');
  const size = fake.site.issues.length;
  const day = planSteadyDay(size);
  const plan = day.slice(0, maxChanges).map((change) => {
    const issue = fake.site.issues[change.index];
    if (issue === undefined) throw new Error(`The site has no issue at ${String(change.index)}.`);
    return { ...change, key: issue.key, id: issue.id, projectKey: issue.key.slice(0, issue.key.lastIndexOf('-')) };
  });
  // The window ends where the first change left out would have happened.
  const sampledMs = day[maxChanges]?.atMs ?? DAY_MS;
  const deferred = countDeferredJobs(app.queue);
  const dayStart = clock.now().getTime();
  const wallStart = performance.now();
  fake.resetTraffic();
  for (const [i, change] of plan.entries()) {
    await runQueueUntil(queue, clock, dayStart + change.atMs);
    const issue = { id: change.id, key: change.key, fields: { project: { key: change.projectKey } } };
    if (change.kind === 'edit') {
      fake.updateIssue(change.key, { summary: `${change.key} edited (change ${String(i + 1)}) in the benchmark day` }, clock.now());
      await app.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue });
    } else {
      const at = fake.site.issues.findIndex((candidate) => candidate.id === change.id);
      if (at < 0) throw new Error(`The fake's site no longer holds ${change.key}.`);
      fake.site.issues.splice(at, 1);
      await app.deliverIssueEvent({ eventType: 'avi:jira:deleted:issue', issue });
    }
  }
  await runQueueUntil(queue, clock, dayStart + sampledMs);
  const events = fake.traffic().points;
  const pointsByEndpoint: Record<string, number> = { ...events.byEndpoint };
  fake.resetTraffic();
  clock.advanceTo(dayStart + DAY_MS);
  await app.fireDailySnapshot();
  await app.queue.drain();
  const daily = fake.traffic().points;
  addPoints(pointsByEndpoint, daily.byEndpoint);
  return {
    size,
    projects,
    edits: day.filter((change) => change.kind === 'edit').length,
    deletes: day.filter((change) => change.kind === 'delete').length,
    simulatedHours: sampledMs / 3_600_000,
    eventPoints: dayPointsFromSample({ eventPoints: events.total, sampledMs, dayMs: DAY_MS, dailyJobPoints: 0 }),
    dailyJobPoints: daily.total,
    pointsByEndpoint,
    deferred: deferred(),
    wallMs: performance.now() - wallStart,
  };
}
