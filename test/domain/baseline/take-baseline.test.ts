import { takeBaseline } from '../../../src/domain/baseline/take-baseline';
import { projectInputs } from '../report/small-site-report-input';
import { loadSmallSite } from '../report/small-site-report-input';

const rollups = projectInputs(loadSmallSite(), ['GAMMA', 'ALPHA', 'BETA']).map((input) => input.current);
const takenBy = { accountId: 'admin', displayName: 'Ada Admin' };
const base = { id: '20261121T093015Z-0a1b2c3d', name: 'Gate 2', takenAt: '2026-11-21T09:30:15.250Z', takenBy, fromDay: null, rollups };

describe('takeBaseline', () => {
  it.each([
    ['stands for the moment it is taken when it keeps the current roll-ups', base, { startsAt: '2026-11-21T09:30:15.250Z', fromDay: null }],
    [
      "stands for the end of the day (UTC) when it keeps an earlier day's snapshots",
      { ...base, fromDay: '2026-10-01' },
      { startsAt: '2026-10-01T23:59:59.999Z', fromDay: '2026-10-01' },
    ],
    ['tidies the name', { ...base, name: '  Gate\t2   approval ' }, { name: 'Gate 2 approval' }],
    ['keeps one roll-up per project, in key order', { ...base, rollups: [...rollups, ...rollups] }, { projectKeys: ['ALPHA', 'BETA', 'GAMMA'] }],
    ['writes the time it was taken in UTC', { ...base, takenAt: '2026-11-21T10:30:15.250+01:00' }, { takenAt: '2026-11-21T09:30:15.250Z' }],
  ])('%s', (_name, input, expected) => {
    expect(takeBaseline(input)).toMatchObject(expected);
  });

  it('keeps the roll-ups it was given, in key order', () => {
    expect(takeBaseline(base).rollups.map((r) => r.project.key)).toEqual(['ALPHA', 'BETA', 'GAMMA']);
  });

  it.each([
    ['an empty name', { ...base, name: '   ' }, 'A baseline needs a name.'],
    ['a name of 81 characters', { ...base, name: 'x'.repeat(81) }, 'at most 80 characters; this one has 81'],
    ['a name with a control character', { ...base, name: 'Gate\u00072' }, 'control characters'],
    ['a day that is not a date', { ...base, fromDay: '2026-02-30' }, 'calendar date'],
    ['today as the earlier day', { ...base, fromDay: '2026-11-21' }, 'a day before today (2026-11-21)'],
    ['a day after today', { ...base, fromDay: '2026-12-01' }, 'a day before today'],
    ['no roll-up at all', { ...base, rollups: [] }, 'Refresh the portfolio first'],
    ['no snapshot from the earlier day', { ...base, fromDay: '2026-01-01', rollups: [] }, 'no project has a snapshot from 2026-01-01 or before'],
  ])('refuses %s, saying why', (_name, input, message) => {
    expect(() => takeBaseline(input)).toThrow(message);
  });
});
