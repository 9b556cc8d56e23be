import { baselineId, baselineIdPattern } from '../../../src/domain/baseline/baseline-id';
import { baselineNameKey } from '../../../src/domain/baseline/baseline-name-key';
import { dayAfter } from '../../../src/domain/baseline/day-after';
import { tidyBaselineName } from '../../../src/domain/baseline/tidy-baseline-name';

describe('baseline names, ids and days', () => {
  it.each([
    ['makes names that differ only in case and spacing the same', baselineNameKey('  GATE   2 '), baselineNameKey('gate 2')],
    ['keeps names that differ in words apart', baselineNameKey('Gate 2') === baselineNameKey('Gate 3'), false],
    ['treats composed and decomposed accents alike', baselineNameKey('Revue de phase e\u0301te\u0301'), baselineNameKey('Revue de phase été')],
    ['tidies a name with inner runs of spaces and tabs', tidyBaselineName(' Q3\t steering  committee '), 'Q3 steering committee'],
    ['builds an id from the time taken, to the second, in UTC', baselineId('2026-11-21T10:30:15.999+01:00', '0a1b2c3d'), '20261121T093015Z-0a1b2c3d'],
    ['builds ids the id pattern accepts', baselineIdPattern.test(baselineId('2026-01-02T03:04:05.000Z', 'ffffffff')), true],
    ['gives the next day across a month end', dayAfter('2026-02-28'), '2026-03-01'],
    ['gives the next day across a leap day', dayAfter('2028-02-28'), '2028-02-29'],
    ['gives the next day across a year end', dayAfter('2026-12-31'), '2027-01-01'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('orders ids by the time they were taken', () => {
    const ids = ['2026-11-21T09:00:00.000Z', '2026-01-05T23:59:59.000Z', '2026-11-21T08:59:59.000Z'].map((at) => baselineId(at, '00000000'));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it.each([
    ['a suffix that is not eight hex digits', () => baselineId('2026-11-21T09:00:00.000Z', 'xyz')],
    ['a time that is not a date', () => baselineId('yesterday', '00000000')],
    ['a day that does not exist', () => dayAfter('2026-04-31')],
    ['a day in another form', () => dayAfter('21/11/2026')],
  ])('refuses %s', (_name, run) => {
    expect(run).toThrow(RangeError);
  });
});
