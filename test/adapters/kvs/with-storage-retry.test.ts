import { ForgeKvsAPIError } from '@forge/kvs';
import { withStorageRetry, type StorageRetryOptions } from '../../../src/adapters/kvs/with-storage-retry';

const rateLimited = () =>
  new ForgeKvsAPIError(
    { status: 429, statusText: 'Too Many Requests', traceId: 't', httpMethod: 'POST', httpPath: '/api/v1/set', responseBodyLength: 0 },
    { code: 'RATE_LIMIT_EXCEEDED', message: 'over quota' },
  );
const keyConflict = () =>
  new ForgeKvsAPIError(
    { status: 409, statusText: 'Conflict', traceId: 't', httpMethod: 'POST', httpPath: '/api/v1/set', responseBodyLength: 0 },
    { code: 'KEY_CONFLICT', message: 'exists' },
  );

function failingTimes(times: number, error: () => Error): { call: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    call: () => {
      calls += 1;
      return calls <= times ? Promise.reject(error()) : Promise.resolve('stored');
    },
    calls: () => calls,
  };
}

describe('withStorageRetry', () => {
  const waits: number[] = [];
  const options: StorageRetryOptions = {
    attempts: 5,
    firstDelayMs: 500,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
  beforeEach(() => {
    waits.length = 0;
  });

  it('tries again after 0.5, 1 and 2 s when storage says the quota is used up, then succeeds', async () => {
    const flaky = failingTimes(3, rateLimited);
    await expect(withStorageRetry(flaky.call, options)).resolves.toBe('stored');
    expect([flaky.calls(), waits]).toEqual([4, [500, 1000, 2000]]);
  });

  it('gives up after five refusals, throwing the last one', async () => {
    const flaky = failingTimes(9, rateLimited);
    await expect(withStorageRetry(flaky.call, options)).rejects.toMatchObject({ code: 'RATE_LIMIT_EXCEEDED' });
    expect(flaky.calls()).toBe(5);
  });

  it.each([
    ['a key conflict (a decision, not a quota)', keyConflict],
    ['any other error', () => new Error('network down')],
  ])('does not retry %s', async (_name, error) => {
    const flaky = failingTimes(1, error);
    await expect(withStorageRetry(flaky.call, options)).rejects.toThrow();
    expect([flaky.calls(), waits]).toEqual([1, []]);
  });
});
