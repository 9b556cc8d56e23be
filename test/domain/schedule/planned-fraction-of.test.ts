import { plannedFractionOf } from '../../../src/domain/schedule/planned-fraction-of';
import { todayOf } from '../../../src/domain/time/today-of';

describe('plannedFractionOf', () => {
  it.each([
    ['is half way through a ten-day plan on day five', '2026-03-01', '2026-03-11', '2026-03-06', 0.5],
    ['is 0 on the start date', '2026-03-01', '2026-03-11', '2026-03-01', 0],
    ['is 0 before the start date', '2026-03-01', '2026-03-11', '2026-02-01', 0],
    ['is 1 on the due date', '2026-03-01', '2026-03-11', '2026-03-11', 1],
    ['stays 1 after the due date', '2026-03-01', '2026-03-11', '2026-06-01', 1],
    ['is 0 before the due date of an item without a start', null, '2026-03-11', '2026-03-10', 0],
    ['is 1 from the due date of an item without a start', null, '2026-03-11', '2026-03-11', 1],
    ['treats a start after the due date like a missing start', '2026-03-20', '2026-03-11', '2026-03-15', 1],
    ['is 0 for an item without a due date', '2026-03-01', null, '2026-06-01', 0],
  ])('%s', (_behaviour, start, due, today, expected) => {
    expect(plannedFractionOf({ start, due }, todayOf(today))).toBe(expected);
  });
});
