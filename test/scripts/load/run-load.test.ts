import { runLoad } from '../../../scripts/load/run-load';

describe('runLoad', () => {
  it('makes exactly the calls asked for, round-robin over the scenarios, never more at once than allowed', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: string[] = [];
    const call = (name: string) => async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      seen.push(name);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return { ok: true, data: null };
    };
    const { results } = await runLoad(
      [
        { name: 'a', call: call('a') },
        { name: 'b', call: call('b') },
      ],
      9,
      3,
    );
    expect(results.map((r) => [r.name, r.latenciesMs.length, r.errors])).toEqual([
      ['a', 5, 0],
      ['b', 4, 0],
    ]);
    expect(seen).toHaveLength(9);
    expect(peak).toBeLessThanOrEqual(3);
  });

  it('counts a thrown error and an ok:false envelope as errors, keeping the first message', async () => {
    const { results } = await runLoad(
      [
        { name: 'throws', call: () => Promise.reject(new Error('boom')) },
        { name: 'refuses', call: () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } }) },
      ],
      4,
      2,
    );
    expect(results.map((r) => [r.errors, r.firstError])).toEqual([
      [2, 'boom'],
      [2, '{"code":"FORBIDDEN","message":"no"}'],
    ]);
  });
});
