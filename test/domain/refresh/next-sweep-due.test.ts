import { nextSweepDue } from '../../../src/domain/refresh/next-sweep-due';
import { SWEEP_TIMING } from '../../../src/domain/refresh/sweep-timing';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('nextSweepDue', () => {
  it.each([
    [
      'one change waits three hours for others',
      { count: 1, oldestAtMs: at('2026-12-03T10:00:30Z'), newestAtMs: at('2026-12-03T10:00:30Z') },
      null,
      '2026-12-03T10:00:30Z',
      '2026-12-03T13:00:30.000Z',
    ],
    [
      'a batch is read once its newest change has settled past its minute',
      { count: 5, oldestAtMs: at('2026-12-03T09:00:00Z'), newestAtMs: at('2026-12-03T10:00:30Z') },
      null,
      '2026-12-03T10:00:30Z',
      '2026-12-03T10:06:00.000Z',
    ],
    [
      'a batch replaces a later sweep',
      { count: 5, oldestAtMs: at('2026-12-03T09:00:00Z'), newestAtMs: at('2026-12-03T10:00:30Z') },
      at('2026-12-03T12:00:00Z'),
      '2026-12-03T10:00:30Z',
      '2026-12-03T10:06:00.000Z',
    ],
    [
      'an earlier sweep already scheduled serves',
      { count: 2, oldestAtMs: at('2026-12-03T09:00:00Z'), newestAtMs: at('2026-12-03T10:00:30Z') },
      at('2026-12-03T10:30:00Z'),
      '2026-12-03T10:00:30Z',
      null,
    ],
    [
      'a sweep overdue by more than an hour was lost and is replaced',
      { count: 2, oldestAtMs: at('2026-12-03T06:00:00Z'), newestAtMs: at('2026-12-03T10:00:30Z') },
      at('2026-12-03T08:00:00Z'),
      '2026-12-03T10:00:30Z',
      '2026-12-03T10:00:30.000Z',
    ],
    [
      'a change long overdue is swept at once',
      { count: 1, oldestAtMs: at('2026-12-03T01:00:00Z'), newestAtMs: at('2026-12-03T01:00:00Z') },
      null,
      '2026-12-03T10:00:30Z',
      '2026-12-03T10:00:30.000Z',
    ],
    ['nothing pending needs no sweep', { count: 0, oldestAtMs: 0, newestAtMs: 0 }, null, '2026-12-03T10:00:30Z', null],
  ])('%s', (_case, pending, scheduled, now, expected) => {
    expect(iso(nextSweepDue(pending, scheduled, at(now)))).toBe(expected);
  });

  it('never schedules a sweep in the past, nor later than the longest wait after the oldest change', () => {
    const now = at('2026-12-03T10:00:00Z');
    for (let count = 1; count <= 8; count += 1) {
      const due = nextSweepDue({ count, oldestAtMs: now - 60_000, newestAtMs: now }, null, now);
      expect(due).not.toBeNull();
      expect(due ?? 0).toBeGreaterThanOrEqual(now);
      expect(due ?? 0).toBeLessThanOrEqual(now - 60_000 + SWEEP_TIMING.maxWaitMs);
    }
  });
});
