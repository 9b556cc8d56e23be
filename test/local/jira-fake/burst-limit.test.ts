import { createJiraFake } from '../../../local/jira-fake/create-jira-fake';
import { callFake, json } from './call-fake';
import { buildSmallSite, NOW, USERS } from './small-site';

const MYSELF = '/rest/api/3/myself';
const SEARCH = '/rest/api/3/search/jql';

/** A fake with Jira's burst limit of 100 requests a second, on a clock the test moves. */
function burstFake() {
  const clock = { now: NOW };
  const fake = createJiraFake(buildSmallSite(), { now: () => clock.now, points: { burstPerSecond: 100 } });
  const moveTo = (msAfterNow: number) => {
    clock.now = new Date(NOW.getTime() + msAfterNow);
  };
  return { fake, moveTo };
}

async function statuses(fake: ReturnType<typeof burstFake>['fake'], count: number, method = 'GET', path = MYSELF): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1)
    seen.push((await callFake(fake, method, path, USERS.bob, method === 'POST' ? { jql: 'project = ENG' } : undefined)).status);
  return seen;
}

describe('the burst limit', () => {
  it('answers 100 requests to one endpoint within a second and refuses the 101st and later', async () => {
    const { fake } = burstFake();
    const seen = await statuses(fake, 102);
    expect(seen.slice(0, 100).every((s) => s === 200)).toBe(true);
    expect(seen.slice(100)).toEqual([429, 429]);
  });

  it("keeps counting within the same second of the fake's clock, and starts again with the next", async () => {
    const { fake, moveTo } = burstFake();
    await statuses(fake, 100);
    moveTo(999);
    expect(await statuses(fake, 1)).toEqual([429]);
    moveTo(1000);
    expect(await statuses(fake, 100)).toEqual(Array.from({ length: 100 }, () => 200));
    expect(await statuses(fake, 1)).toEqual([429]);
  });

  it('limits each endpoint and method on its own', async () => {
    const { fake } = burstFake();
    await statuses(fake, 101);
    expect(await statuses(fake, 1, 'GET', '/rest/api/3/field')).toEqual([200]);
    await statuses(fake, 100, 'GET', `${SEARCH}?jql=project%3DENG`);
    expect(await statuses(fake, 1, 'GET', `${SEARCH}?jql=project%3DENG`)).toEqual([429]);
    expect(await statuses(fake, 1, 'POST', SEARCH)).toEqual([200]);
  });

  it('answers a refusal with the burst reason, Retry-After until the second rolls, and no points', async () => {
    const { fake, moveTo } = burstFake();
    moveTo(250);
    await statuses(fake, 100);
    const answer = await callFake(fake, 'GET', MYSELF, USERS.bob);
    expect(answer.status).toBe(429);
    expect(json<unknown>(answer)).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(Object.fromEntries([...answer.headers].filter(([name]) => name !== 'content-type'))).toEqual({
      'retry-after': '1',
      'ratelimit-reason': 'jira-burst-based',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '2026-11-10T12:01Z',
      'x-ratelimit-nearlimit': 'true',
    });
    expect(fake.traffic().points).toEqual({ total: 300, byEndpoint: { 'GET /rest/api/3/myself': 300 } });
  });

  it('tells successful answers how many requests the second has left, flagged under 20%', async () => {
    const { fake } = burstFake();
    const answers = [];
    for (let i = 0; i < 100; i += 1) answers.push(await callFake(fake, 'GET', MYSELF, USERS.bob));
    expect(answers.map((a) => a.headers.get('x-ratelimit-remaining'))).toEqual(Array.from({ length: 100 }, (_, i) => String(99 - i)));
    // The 81st answer is the first to leave fewer than 20 of the 100.
    expect(answers.map((a) => a.headers.get('x-ratelimit-nearlimit') === 'true').indexOf(true)).toBe(80);
    expect(answers.slice(80).every((a) => a.headers.get('x-ratelimit-nearlimit') === 'true')).toBe(true);
    expect(answers[0]?.headers.get('x-ratelimit-limit')).toBe('100');
  });
});
