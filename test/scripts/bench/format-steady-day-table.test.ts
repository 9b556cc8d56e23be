import { formatSteadyDayTable } from '../../../scripts/bench/format-steady-day-table';
import type { SteadyDayRow } from '../../../scripts/bench/steady-day-row';

const row: SteadyDayRow = {
  size: 10_000,
  projects: 8,
  edits: 200,
  deletes: 10,
  simulatedHours: 24,
  eventPoints: 700,
  dailyJobPoints: 40,
  pointsByEndpoint: {},
  deferred: 0,
  wallMs: 12_340,
};
const cellsOf = (line: string | undefined): string[] => (line ?? '').split('|').map((cell) => cell.trim());

describe('formatSteadyDayTable', () => {
  it.each([
    ['says a whole day ran', row, 4, '24'],
    ['says when only the first hours ran and were scaled', { ...row, simulatedHours: 5.71 }, 4, '5.7, scaled'],
    ["adds the events' and the daily job's points into the day's", row, 7, '740'],
    ['sets the target at 1.2 x (edits + deletes + projects)', row, 8, '262'],
    ['says NO when the day cost more than the target', row, 9, 'NO'],
    ['says yes when it cost no more', { ...row, eventPoints: 200, dailyJobPoints: 20 }, 9, 'yes'],
    ['counts the sites one Tier 1 pool serves a day', row, 10, '2,108'],
    ['shows wall time in seconds', row, 12, '12.3'],
  ])('%s', (_name, dayRow, column, expected) => {
    expect(cellsOf(formatSteadyDayTable([dayRow]).split('\n')[2])[column]).toBe(expected);
  });
});
