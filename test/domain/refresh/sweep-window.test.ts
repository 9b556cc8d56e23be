import fc from 'fast-check';
import { sweepWindow } from '../../../src/domain/refresh/sweep-window';

const at = (iso: string): number => Date.parse(iso);

describe('sweepWindow', () => {
  it.each([
    [
      'reads from the cursor to the minute that settled five minutes ago',
      '2026-12-03T10:00:00Z',
      '2026-12-03T10:30:40Z',
      ['2026-12-03T10:00:00.000Z', '2026-12-03T10:25:00.000Z'],
    ],
    ['starts a cursor between minutes at its minute', '2026-12-03T10:00:59Z', '2026-12-03T10:30:00Z', ['2026-12-03T10:00:00.000Z', '2026-12-03T10:25:00.000Z']],
    ['reads nothing right after the last sweep', '2026-12-03T10:25:00Z', '2026-12-03T10:30:59Z', null],
  ])('%s', (_case, cursor, now, expected) => {
    const window = sweepWindow(at(cursor), at(now));
    expect(window === null ? null : [new Date(window.fromMs).toISOString(), new Date(window.toMs).toISOString()]).toEqual(expected);
  });

  it('gives successive sweeps windows that meet exactly, so every update is read once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(fc.integer({ min: 0, max: 4 * 3_600_000 }), { minLength: 1, maxLength: 20 }),
        (startMs, gaps) => {
          let cursor = Math.floor(startMs / 60_000) * 60_000;
          let now = startMs;
          for (const gap of gaps) {
            now += gap;
            const window = sweepWindow(cursor, now);
            if (window === null) continue;
            expect(window.fromMs).toBe(cursor);
            expect(window.toMs).toBeGreaterThan(window.fromMs);
            expect(window.toMs).toBeLessThanOrEqual(now - 5 * 60_000);
            expect(window.toMs % 60_000).toBe(0);
            cursor = window.toMs;
          }
        },
      ),
    );
  });
});
