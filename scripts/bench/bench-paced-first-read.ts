import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import { createSimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import type { PointsOptions } from '../../local/jira-fake/create-jira-fake';
import type { SiteFile } from '../../local/site/site-file-schema';
import { backgroundPointsPerHour } from '../../src/domain/points/background-points-per-hour';
import type { PointsBudgetSetting } from '../../src/domain/points/points-budget-setting';
import { countDeferredJobs } from './count-deferred-jobs';
import { countRateLimited } from './count-rate-limited';
import type { PacedReadRow } from './paced-read-row';
import { setBenchPointsBudget } from './set-bench-points-budget';
import { siteDataPoints } from './site-data-points';

/** A tier as the app's setting, the fake's enforced limit, and its printed name. */
export interface PacedTier {
  readonly label: string;
  readonly setting: PointsBudgetSetting;
  readonly fake: PointsOptions;
}

/** Tier 1, every new app: 65,000 points an hour shared by all sites (only this one here). */
export const TIER1: PacedTier = { label: 'Tier 1', setting: { tier: 'tier1' }, fake: { tier: 1 } };
/** Tier 2 on a Standard site of 1,000 users: 110,000 points an hour for the site. */
export const TIER2_STANDARD_1000: PacedTier = {
  label: 'Tier 2 Standard, 1,000 users',
  setting: { tier: 'tier2', plan: 'standard', users: 1000 },
  fake: { tier: 2, plan: 'standard', users: 1000 },
};

/**
 * The first read of `site` as the app does it under a tier's limits, on simulated time starting at `now`: the fake
 * enforces the tier's hourly quota, the admin has set the same tier, the daily job starts the read and the queue runs
 * every job, moving the clock to each deferred one. Answers the simulated hours until the last job ran, the points
 * charged and the 429s the fake answered.
 */
export async function benchPacedFirstRead(site: SiteFile, now: Date, tier: PacedTier): Promise<PacedReadRow> {
  const clock = createSimulatedClock(now);
  const app = await createLocalApp({ site, dataDir: null, clock, fakeOptions: { now: clock.now, points: tier.fake } });
  const fake = app.fake;
  if (fake === null) throw new Error('The local app was created without its Jira fake.');
  const rateLimited = countRateLimited(fake);
  const deferred = countDeferredJobs(app.queue);
  await setBenchPointsBudget(app, tier.setting);
  fake.resetTraffic();
  const wallStart = performance.now();
  await app.fireDailySnapshot();
  await app.queue.drain();
  const wallMs = performance.now() - wallStart;
  const simulatedHours = (clock.now().getTime() - now.getTime()) / 3_600_000;
  const points = fake.traffic().points.total;
  await app.close();
  const failure = app.queue.failures[0];
  if (failure !== undefined) throw new Error(`A job failed under ${tier.label}: ${failure.message}`);
  return {
    size: site.issues.length,
    tier: tier.label,
    quotaPerHour: fake.points().quota,
    backgroundPerHour: backgroundPointsPerHour(tier.setting),
    dataPoints: siteDataPoints(site),
    points,
    simulatedHours,
    rateLimited: rateLimited.total(),
    deferred: deferred(),
    wallMs,
  };
}
