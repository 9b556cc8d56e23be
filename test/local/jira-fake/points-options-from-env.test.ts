import { fakeOptionsFromEnv } from '../../../local/jira-fake/fake-options-from-env';
import { pointsOptionsFromEnv } from '../../../local/jira-fake/points-options-from-env';

describe('pointsOptionsFromEnv', () => {
  it.each([
    ['nothing set: counted only', {}, {}],
    ['tier 1', { PMO_FAKE_POINTS_TIER: '1' }, { tier: 1 }],
    ['a tight quota', { PMO_FAKE_POINTS_QUOTA: ' 6500 ' }, { quota: 6500 }],
    [
      'tier 2 with plan and users',
      { PMO_FAKE_POINTS_TIER: '2', PMO_FAKE_PLAN: 'enterprise', PMO_FAKE_USERS: '12000' },
      { tier: 2, plan: 'enterprise', users: 12000 },
    ],
    ['the burst limit', { PMO_FAKE_BURST_PER_SECOND: '100' }, { burstPerSecond: 100 }],
    ['empty values, as unset', { PMO_FAKE_POINTS_TIER: '', PMO_FAKE_PLAN: ' ' }, {}],
  ])('reads %s', (_case, env, options) => {
    expect(pointsOptionsFromEnv(env)).toEqual(options);
  });

  it.each([
    ['a tier other than 1 or 2', { PMO_FAKE_POINTS_TIER: '3' }, 'PMO_FAKE_POINTS_TIER'],
    ['a quota of 0', { PMO_FAKE_POINTS_QUOTA: '0' }, 'PMO_FAKE_POINTS_QUOTA'],
    ['a word for a quota', { PMO_FAKE_POINTS_QUOTA: 'lots' }, 'PMO_FAKE_POINTS_QUOTA'],
    ['an unknown plan', { PMO_FAKE_POINTS_TIER: '2', PMO_FAKE_PLAN: 'free' }, 'PMO_FAKE_PLAN'],
    ['a negative user count', { PMO_FAKE_POINTS_TIER: '2', PMO_FAKE_USERS: '-1' }, 'PMO_FAKE_USERS'],
    ['a fractional burst limit', { PMO_FAKE_BURST_PER_SECOND: '2.5' }, 'PMO_FAKE_BURST_PER_SECOND'],
    ['a plan without tier 2', { PMO_FAKE_PLAN: 'premium' }, 'PMO_FAKE_PLAN'],
    ['a user count with tier 1', { PMO_FAKE_POINTS_TIER: '1', PMO_FAKE_USERS: '10' }, 'PMO_FAKE_USERS'],
  ])('fails loudly, naming the variable, on %s', (_case, env, variable) => {
    expect(() => pointsOptionsFromEnv(env)).toThrow(variable);
  });
});

describe('fakeOptionsFromEnv', () => {
  it('gathers faults, points and the traffic log', () => {
    expect(fakeOptionsFromEnv({ PMO_FAKE_429_RATE: '0.1', PMO_FAKE_POINTS_QUOTA: '6500', PMO_FAKE_TRAFFIC_LOG: 'traffic.jsonl', PATH: '/bin' })).toEqual({
      faults: { rateLimitRate: 0.1 },
      points: { quota: 6500 },
      trafficLog: 'traffic.jsonl',
    });
  });

  it('leaves every limit off in an environment without PMO_FAKE_ variables', () => {
    expect(fakeOptionsFromEnv({ PATH: '/bin' })).toEqual({ faults: {}, points: {} });
  });
});
