import { jiraRetryPolicies } from '../../../src/adapters/jira/jira-retry-policies';
import { planRetryWait } from '../../../src/adapters/jira/plan-retry-wait';

describe('planRetryWait under the resolver policy (8 s budget, 8 s kept before the deadline, 30 s per wait)', () => {
  it.each<[string, number, number, number, number | null]>([
    // reason, wanted, already slept, time left, planned
    ['a 1 s Retry-After at the start of an invocation is waited', 1_000, 0, 25_000, 1_000],
    ['a back-off of 250 ms is waited', 250, 0, 25_000, 250],
    ['a wait that uses the budget exactly is waited', 3_000, 5_000, 25_000, 3_000],
    ['a wait one millisecond past the budget is not', 3_001, 5_000, 25_000, null],
    ['a 9 s Retry-After is beyond the whole budget', 9_000, 0, 25_000, null],
    ['a 40 s Retry-After fails at once', 40_000, 0, 25_000, null],
    ['a wait ending exactly at the reserve is waited', 2_000, 0, 10_000, 2_000],
    ['a wait ending inside the reserve is not', 2_001, 0, 10_000, null],
    ['late in the invocation even a short back-off is not', 250, 0, 8_100, null],
    ['nothing is waited once the deadline has passed', 0, 0, 0, null],
    ['a zero wait with budget and time left is taken', 0, 8_000, 25_000, 0],
  ])('%s', (_reason, wantedMs, spentMs, timeLeftMs, planned) => {
    expect(planRetryWait({ wantedMs, spentMs, timeLeftMs }, jiraRetryPolicies.resolvers)).toBe(planned);
  });
});

describe('planRetryWait under the background policy', () => {
  it.each<[string, number, number, number | null]>([
    ['a 30 s Retry-After is waited, however much was slept before', 30_000, 600_000, 30_000],
    ['a 31 s Retry-After is not', 31_000, 0, null],
    ['a back-off is waited with no deadline known', 2_000, 0, 2_000],
  ])('%s', (_reason, wantedMs, spentMs, planned) => {
    expect(planRetryWait({ wantedMs, spentMs, timeLeftMs: jiraRetryPolicies.jobs.timeLeftMs() }, jiraRetryPolicies.jobs)).toBe(planned);
  });
});
