import { createFaultInjector, type Fault } from '../../../local/jira-fake/create-fault-injector';

function draw(options: Parameters<typeof createFaultInjector>[0], count: number): Fault[] {
  const injector = createFaultInjector(options);
  return Array.from({ length: count }, () => injector.next());
}

describe('createFaultInjector', () => {
  it('injects nothing without rates', () => {
    expect(draw({}, 200).every((f) => f.kind === 'none')).toBe(true);
  });

  it('repeats the same faults for the same seed', () => {
    const options = { rateLimitRate: 0.2, serverErrorRate: 0.2, connectionResetRate: 0.1, seed: 99 };
    expect(draw(options, 300)).toEqual(draw(options, 300));
  });

  it('changes the faults with the seed', () => {
    expect(draw({ rateLimitRate: 0.3, seed: 1 }, 100)).not.toEqual(draw({ rateLimitRate: 0.3, seed: 2 }, 100));
  });

  it.each([
    ['rate limits', { rateLimitRate: 0.25 }, 'rate-limit'],
    ['server errors', { serverErrorRate: 0.25 }, 'server-error'],
    ['connection resets', { connectionResetRate: 0.25 }, 'connection-reset'],
  ] as const)('injects %s at about the rate asked', (_name, options, kind) => {
    const share = draw({ ...options, seed: 5 }, 4000).filter((f) => f.kind === kind).length / 4000;
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.28);
  });

  it('announces the Retry-After asked for on every 429', () => {
    const faults = draw({ rateLimitRate: 1, retryAfterSeconds: 3 }, 10);
    expect(faults).toEqual(Array.from({ length: 10 }, () => ({ kind: 'rate-limit', retryAfterSeconds: 3 })));
  });

  it('answers 500, 502 and 503 among server errors', () => {
    const statuses = new Set(draw({ serverErrorRate: 1 }, 200).map((f) => (f.kind === 'server-error' ? f.status : 0)));
    expect([...statuses].sort()).toEqual([500, 502, 503]);
  });

  it('keeps the other faults of a run when one rate changes', () => {
    const resets = (faults: Fault[]) => faults.map((f, i) => (f.kind === 'connection-reset' ? i : -1)).filter((i) => i >= 0);
    const without = draw({ connectionResetRate: 0.1, seed: 3 }, 500);
    const withRateLimits = draw({ connectionResetRate: 0.1, rateLimitRate: 0.5, seed: 3 }, 500);
    expect(resets(withRateLimits)).toEqual(resets(without));
  });
});
