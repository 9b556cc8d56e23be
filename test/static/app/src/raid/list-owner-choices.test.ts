import { listOwnerChoices } from '../../../../../static/app/src/raid/list-owner-choices';
import { describeHeatCell } from '../../../../../static/app/src/raid/describe-heat-cell';
import { aRaidItem } from './a-raid-item';

describe('listOwnerChoices', () => {
  it.each([
    [
      'lists owners once each, by name, then Unassigned',
      [
        aRaidItem({ owner: { accountId: 'z', displayName: 'Zoe' } }),
        aRaidItem({ owner: { accountId: 'a', displayName: 'Adam' } }),
        aRaidItem({ owner: { accountId: 'z', displayName: 'Zoe' } }),
        aRaidItem(),
      ],
      ['Adam', 'Zoe', 'Unassigned'],
    ],
    ['leaves out Unassigned when every item has an owner', [aRaidItem({ owner: { accountId: 'a', displayName: 'Adam' } })], ['Adam']],
    ['falls back to the account id without a name', [aRaidItem({ owner: { accountId: 'acc-1', displayName: null } })], ['acc-1']],
  ])('%s', (_behaviour, items, expected) => {
    expect(listOwnerChoices(items).map((choice) => choice.label)).toEqual(expected);
  });
});

describe('describeHeatCell', () => {
  it.each([
    [{ probability: 5, impact: 4, colour: 'red' as const, count: 2 }, 'Probability 5, impact 4, red: 2 open risks'],
    [{ probability: 1, impact: 1, colour: 'green' as const, count: 1 }, 'Probability 1, impact 1, green: 1 open risk'],
  ])('names the cell in words: %o', (cell, expected) => {
    expect(describeHeatCell(cell)).toBe(expected);
  });
});
