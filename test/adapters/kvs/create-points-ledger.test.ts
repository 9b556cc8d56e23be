import { createPointsLedger } from '../../../src/adapters/kvs/create-points-ledger';
import { useMemoryKvs } from './use-memory-kvs';

describe('the points ledger in Forge storage (through the real @forge/kvs)', () => {
  useMemoryKvs();
  const at = (iso: string) => Date.parse(iso);

  it('finds the spending of the hours asked for, across an hour boundary, and nothing outside them', async () => {
    const ledger = createPointsLedger();
    await ledger.record({ atMs: at('2026-12-03T17:30:00Z'), spender: 'refresh', points: 10, requests: 2 }, 'a');
    await ledger.record({ atMs: at('2026-12-03T18:10:00Z'), spender: 'pages', points: 3, requests: 1 }, 'b');
    await ledger.record({ atMs: at('2026-12-03T16:59:59Z'), spender: 'refresh', points: 99, requests: 1 }, 'c');
    const spends = await ledger.spendsBetween(at('2026-12-03T17:15:00Z'), at('2026-12-03T18:15:00Z'));
    expect(spends.map((s) => s.points).sort((x, y) => x - y)).toEqual([3, 10]);
  });

  it('keeps simultaneous invocations apart by their id', async () => {
    const ledger = createPointsLedger();
    const when = at('2026-12-03T18:00:00Z');
    await ledger.record({ atMs: when, spender: 'refresh', points: 1, requests: 1 }, 'one');
    await ledger.record({ atMs: when, spender: 'refresh', points: 2, requests: 1 }, 'two');
    expect((await ledger.spendsBetween(when, when)).length).toBe(2);
  });

  it('writes nothing for an invocation that spent nothing', async () => {
    const ledger = createPointsLedger();
    await ledger.record({ atMs: at('2026-12-03T18:00:00Z'), spender: 'pages', points: 0, requests: 0 }, 'idle');
    expect(await ledger.spendsBetween(at('2026-12-03T17:00:00Z'), at('2026-12-03T19:00:00Z'))).toEqual([]);
  });

  it('answers Tier 1 until an admin sets the tier, then the setting', async () => {
    const ledger = createPointsLedger();
    expect(await ledger.loadSetting()).toEqual({ tier: 'tier1' });
    await ledger.saveSetting({ tier: 'tier2', plan: 'premium', users: 250 });
    expect(await ledger.loadSetting()).toEqual({ tier: 'tier2', plan: 'premium', users: 250 });
  });

  it('refuses to store a setting outside its bounds', async () => {
    const ledger = createPointsLedger();
    await expect(ledger.saveSetting({ tier: 'custom', pointsPerHour: 5 })).rejects.toThrow();
    expect(await ledger.loadSetting()).toEqual({ tier: 'tier1' });
  });
});
