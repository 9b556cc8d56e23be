import { parseRaidScale } from '../../../src/domain/work-item/parse-raid-scale';

describe('parseRaidScale', () => {
  it.each([
    ['accepts a number on the scale', 4, 4],
    ['accepts the lowest point', 1, 1],
    ['accepts the highest point', 5, 5],
    ['reads a select option by its leading number', '4 - High', 4],
    ['reads a numeric string', ' 2', 2],
    ['rejects 0', 0, null],
    ['rejects 6', 6, null],
    ['rejects a fraction', 2.5, null],
    ['rejects a word', 'High', null],
    ['keeps null as null', null, null],
  ])('%s (%j)', (_behaviour, raw, expected) => {
    expect(parseRaidScale(raw)).toBe(expected);
  });
});
