import { MAX_OVERRIDE_DAYS } from '../../../src/domain/rag-override/override-limits';
import { overrideDayBounds } from '../../../src/domain/rag-override/override-day-bounds';

describe('overrideDayBounds', () => {
  it.each<[string, string, string, string]>([
    ['runs from today to 90 days ahead', '2026-11-21T10:00:00.000Z', '2026-11-21', '2027-02-19'],
    ['counts days in UTC late in the evening', '2026-11-21T23:59:59.999Z', '2026-11-21', '2027-02-19'],
    ['counts days in UTC just after midnight', '2026-11-22T00:00:00.000Z', '2026-11-22', '2027-02-20'],
    ['crosses a leap day', '2028-01-15T12:00:00.000Z', '2028-01-15', '2028-04-14'],
  ])('%s', (_name, now, min, max) => {
    expect(overrideDayBounds(Date.parse(now))).toEqual({ min, max });
  });

  it('spans exactly the longest an override may last', () => {
    const { min, max } = overrideDayBounds(Date.parse('2026-06-30T08:00:00.000Z'));
    expect((Date.parse(max) - Date.parse(min)) / 86_400_000).toBe(MAX_OVERRIDE_DAYS);
  });
});
