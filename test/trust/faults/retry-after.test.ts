/**
 * The Jira client honours Retry-After: it waits exactly what a 429 announces, and gives up (rather than outliving
 * Forge's time limit) when the wait announced is longer than its policy allows.
 */
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { JiraError } from '../../../src/adapters/jira/jira-error';
import { recordMetric } from '../support/record-metric';
import { createFaultHarness } from './fault-harness';

const site = generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z'), scale: 2500 });

jest.setTimeout(60_000);

describe('waiting on Retry-After during a refresh', () => {
  let scenarios = 0;
  let mismatches = 0;
  afterAll(() => {
    recordMetric('faults', 'retry-after', { scenarios, mismatches });
  });
  /** Counts the scenario, and a mismatch when `check` throws. */
  const scenario = async (check: () => Promise<void>): Promise<void> => {
    scenarios += 1;
    try {
      await check();
    } catch (error) {
      mismatches += 1;
      throw error;
    }
  };

  it.each([1, 3, 7])('waits the %i s each 429 announces before trying again, and ends as a clean run does', async (seconds) => {
    await scenario(async () => {
      const clean = await createFaultHarness({ site });
      const [project] = await clean.projects();
      if (project === undefined) throw new Error('the demo site has projects');
      const cleanBefore = clean.client.requestCount();
      const expected = await clean.refresh(project);
      const cleanRequests = clean.client.requestCount() - cleanBefore;

      const h = await createFaultHarness({ site, faults: { rateLimitRate: 0.3, retryAfterSeconds: seconds, seed: 17 } });
      const before = h.client.requestCount();
      const sleptBefore = h.sleeps.length;
      const actual = await h.refresh(project);
      expect(actual).toEqual(expected);
      const retries = h.client.requestCount() - before - cleanRequests;
      expect(retries).toBeGreaterThan(0);
      // One wait per retry, each exactly what Retry-After said.
      expect(h.sleeps.slice(sleptBefore)).toEqual(Array.from({ length: retries }, () => seconds * 1000));
    });
  });

  it('gives up with a rate-limit error, without waiting, when Retry-After is beyond the policy', async () => {
    await scenario(async () => {
      // Jira starts answering 429 with a minute's Retry-After once the refresh has begun.
      let limiting = false;
      const limited = await createFaultHarness({
        site,
        policy: { maxRetryAfterMs: 5_000 },
        wrap: (requester) => ({
          requestJira: (route, init) =>
            limiting
              ? Promise.resolve(new Response(JSON.stringify({ errorMessages: ['Rate limit exceeded.'] }), { status: 429, headers: { 'Retry-After': '60' } }))
              : requester.requestJira(route, init),
        }),
      });
      const [project] = await limited.projects();
      if (project === undefined) throw new Error('the demo site has projects');
      limiting = true;
      const error: unknown = await limited.refresh(project).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(JiraError);
      expect(error).toMatchObject({ kind: 'rate-limited', status: 429 });
      expect(limited.sleeps).toEqual([]);
      expect(await limited.rollups.loadRollup(project.key)).toBeNull();
    });
  });
});
