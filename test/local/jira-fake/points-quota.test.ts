import { createJiraFake, type JiraFakeOptions } from '../../../local/jira-fake/create-jira-fake';
import { createPointsBudget } from '../../../local/jira-fake/create-points-budget';
import { callFake, json } from './call-fake';
import { buildSmallSite, NOW, USERS } from './small-site';

const site = buildSmallSite();
const MYSELF = '/rest/api/3/myself';
const MINUTE = 60_000;

/** A fake on a clock the test moves; GET myself costs 3 points. */
function fakeAt(points: JiraFakeOptions['points']) {
  const clock = { now: NOW };
  const fake = createJiraFake(site, { now: () => clock.now, ...(points === undefined ? {} : { points }) });
  const myself = async () => callFake(fake, 'GET', MYSELF, USERS.bob);
  const moveTo = (msAfterNow: number) => {
    clock.now = new Date(NOW.getTime() + msAfterNow);
  };
  return { fake, myself, moveTo };
}

describe('points: the hourly quota', () => {
  it.each([
    ['reaching it exactly', 9, [200, 200, 200, 429]],
    ['one point short of it: the request at quota − 1 is answered and crosses it', 10, [200, 200, 200, 200, 429]],
  ])('refuses the first request once the points in the window have reached the quota (%s)', async (_case, quota, statuses) => {
    const { myself } = fakeAt({ quota });
    const seen: number[] = [];
    while (seen.length < statuses.length) seen.push((await myself()).status);
    expect(seen).toEqual(statuses);
  });

  it('charges nothing for a refused request, so refusals do not push the window further', async () => {
    const { fake, myself } = fakeAt({ quota: 9 });
    for (let i = 0; i < 10; i += 1) await myself();
    expect(fake.points()).toEqual({ quota: 9, spentInWindow: 9, remaining: 0, spentTotal: 9, reason: 'jira-quota-global-based', enforced: true });
    expect(fake.traffic()).toMatchObject({ total: 10, points: { total: 9 } });
  });

  it('frees up as the rolling hour passes: points leave exactly 3,600 s after they were charged', async () => {
    const { myself, moveTo } = fakeAt({ quota: 9 });
    await myself();
    moveTo(10 * MINUTE);
    await myself();
    moveTo(20 * MINUTE);
    await myself();
    moveTo(30 * MINUTE);
    expect((await myself()).headers.get('retry-after')).toBe('1800');
    moveTo(60 * MINUTE - 1);
    expect((await myself()).status).toBe(429);
    moveTo(60 * MINUTE);
    expect((await myself()).status).toBe(200);
    expect((await myself()).status).toBe(429);
    moveTo(70 * MINUTE);
    expect((await myself()).status).toBe(200);
  });

  it('answers a refusal as Jira does: 429, its error shape and every rate-limit header', async () => {
    const { myself, moveTo } = fakeAt({ quota: 9 });
    await myself();
    moveTo(10 * MINUTE);
    await myself();
    moveTo(20 * MINUTE);
    await myself();
    moveTo(30 * MINUTE + 500);
    const answer = await myself();
    expect(answer.status).toBe(429);
    expect(json<unknown>(answer)).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(Object.fromEntries([...answer.headers].filter(([name]) => name !== 'content-type'))).toEqual({
      'retry-after': '1800',
      'ratelimit-reason': 'jira-quota-global-based',
      'x-ratelimit-limit': '9',
      'x-ratelimit-remaining': '0',
      // 12:30:00.5 + 1800 s = 13:00:00.5, rounded up to the minute the format can say.
      'x-ratelimit-reset': '2026-11-10T13:01Z',
      'x-ratelimit-nearlimit': 'true',
      'beta-ratelimit-policy': '"global-app-quota";q=9;w=3600',
      // The last points, charged at 12:20, leave at 13:20: 2,999.5 s later, rounded up.
      'beta-ratelimit': '"global-app-quota";r=0;t=3000',
    });
  });

  it('tells successful answers what remains, and flags them once less than 20% does', async () => {
    const { myself } = fakeAt({ quota: 15 });
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await myself());
    expect(answers.map((a) => a.headers.get('beta-ratelimit'))).toEqual([12, 9, 6, 3, 0].map((r) => `"global-app-quota";r=${r};t=3600`));
    expect(answers.map((a) => a.headers.get('x-ratelimit-nearlimit'))).toEqual([null, null, null, null, 'true']);
    expect(answers[0]?.headers.get('beta-ratelimit-policy')).toBe('"global-app-quota";q=15;w=3600');
  });

  it('counts points without refusing or adding headers unless a limit is asked for', async () => {
    const { fake, myself } = fakeAt(undefined);
    const answers = [];
    for (let i = 0; i < 300; i += 1) answers.push(await myself());
    expect(answers.every((a) => a.status === 200 && a.headers.get('beta-ratelimit') === null && a.headers.get('x-ratelimit-limit') === null)).toBe(true);
    expect(fake.points()).toEqual({
      quota: 65_000,
      spentInWindow: 900,
      remaining: 64_100,
      spentTotal: 900,
      reason: 'jira-quota-global-based',
      enforced: false,
    });
  });

  it("enforces tier 1's 65,000 points when asked for tier 1", () => {
    expect(fakeAt({ tier: 1 }).fake.points()).toMatchObject({ quota: 65_000, enforced: true, reason: 'jira-quota-global-based' });
  });
});

describe('points: tier 2, a quota per site', () => {
  it.each([
    ["the standard plan and the site file's 4 users", { tier: 2 }, 100_040],
    ['the premium plan and 1,000 users', { tier: 2, plan: 'premium', users: 1000 }, 150_000],
    ['the enterprise plan, capped at 500,000', { tier: 2, plan: 'enterprise', users: 20_000 }, 500_000],
    ['a quota given outright', { tier: 2, quota: 42 }, 42],
  ] as const)('sets the quota from %s', (_case, points, quota) => {
    expect(fakeAt(points).fake.points()).toMatchObject({ quota, reason: 'jira-quota-tenant-based', enforced: true });
  });

  it('refuses with the tenant reason and policy', async () => {
    const { myself } = fakeAt({ tier: 2, quota: 3 });
    expect((await myself()).headers.get('beta-ratelimit')).toBe('"tenant-app-quota";r=0;t=3600');
    const refused = await myself();
    expect([refused.status, refused.headers.get('ratelimit-reason'), refused.headers.get('beta-ratelimit-policy')]).toEqual([
      429,
      'jira-quota-tenant-based',
      '"tenant-app-quota";q=3;w=3600',
    ]);
  });
});

describe('points: one tier 1 budget shared by two sites of the app', () => {
  it('refuses on either site once the two together have reached the quota', async () => {
    const budget = createPointsBudget({ quota: 10 });
    const first = createJiraFake(site, { now: () => NOW, points: { budget } });
    const second = createJiraFake(buildSmallSite(), { now: () => NOW, points: { budget } });
    const statuses = [];
    for (const fake of [first, first, first, second, first, second]) statuses.push((await callFake(fake, 'GET', MYSELF, USERS.bob)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect(second.points()).toEqual(first.points());
    expect(first.points()).toMatchObject({ spentInWindow: 12, spentTotal: 12, remaining: 0 });
    expect([first.traffic().points.total, second.traffic().points.total]).toEqual([9, 3]);
  });
});

describe('points: options that contradict each other', () => {
  it.each([
    ['a shared budget with a quota of its own', { budget: createPointsBudget(), quota: 5 }, 'budget'],
    ['a plan without tier 2', { plan: 'premium' }, 'tier: 2'],
    ['a user count with tier 1', { tier: 1, users: 10 }, 'tier: 2'],
    ['a quota of 0', { quota: 0 }, 'quota'],
    ['a fractional burst limit', { burstPerSecond: 1.5 }, 'burstPerSecond'],
  ] as const)('refuses %s', (_case, points, message) => {
    expect(() => createJiraFake(site, { points })).toThrow(message);
  });
});
