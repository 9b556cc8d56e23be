import { faultOptionsFromEnv } from '../../../local/jira-fake/fault-options-from-env';

describe('faultOptionsFromEnv', () => {
  it('reads every variable', () => {
    expect(
      faultOptionsFromEnv({
        PMO_FAKE_429_RATE: '0.1',
        PMO_FAKE_RETRY_AFTER: '2',
        PMO_FAKE_5XX_RATE: '0.05',
        PMO_FAKE_LATENCY_MS: '30',
        PMO_FAKE_RESET_RATE: '0.01',
        PMO_FAKE_SEED: '7',
      }),
    ).toEqual({ rateLimitRate: 0.1, retryAfterSeconds: 2, serverErrorRate: 0.05, latencyMs: 30, connectionResetRate: 0.01, seed: 7 });
  });

  it('leaves out unset and empty variables', () => {
    expect(faultOptionsFromEnv({ PMO_FAKE_429_RATE: '', PATH: '/bin' })).toEqual({});
  });

  it.each([
    ['a rate above 1', { PMO_FAKE_429_RATE: '1.5' }, 'PMO_FAKE_429_RATE'],
    ['a word for a number', { PMO_FAKE_LATENCY_MS: 'slow' }, 'PMO_FAKE_LATENCY_MS'],
    ['a negative delay', { PMO_FAKE_RETRY_AFTER: '-1' }, 'PMO_FAKE_RETRY_AFTER'],
    ['a fractional seed', { PMO_FAKE_SEED: '1.5' }, 'PMO_FAKE_SEED'],
  ])('fails loudly, naming the variable, for %s', (_name, env, variable) => {
    expect(() => faultOptionsFromEnv(env)).toThrow(variable);
  });
});
