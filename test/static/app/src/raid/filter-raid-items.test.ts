import { filterRaidItems, noRaidFilter, type RaidFilter } from '../../../../../static/app/src/raid/raid-filter';
import { aRaidItem, aRisk } from './a-raid-item';

const pm = { accountId: 'pm', displayName: 'Paul PM' };
const items = [
  aRisk('CORE-1', 5, 5, pm),
  aRisk('CORE-2', 5, 5, null, { statusCategory: 'done', statusName: 'Done' }),
  aRisk('CORE-3', 2, 3, pm),
  aRaidItem({ key: 'CORE-4', kind: 'issue', owner: pm }),
  aRaidItem({ key: 'CORE-5', kind: 'assumption' }),
];
const keys = (filter: Partial<RaidFilter>) => filterRaidItems(items, { ...noRaidFilter, ...filter }).map((item) => item.key);

describe('filterRaidItems', () => {
  it.each<[string, Partial<RaidFilter>, string[]]>([
    ['shows everything with no filter set', {}, ['CORE-1', 'CORE-2', 'CORE-3', 'CORE-4', 'CORE-5']],
    ['keeps one kind', { kind: 'issue' }, ['CORE-4']],
    ['keeps one severity, done or not', { severity: 'critical' }, ['CORE-1', 'CORE-2']],
    ['keeps one owner', { owner: 'pm' }, ['CORE-1', 'CORE-3', 'CORE-4']],
    ['keeps the unassigned', { owner: 'unassigned' }, ['CORE-2', 'CORE-5']],
    ['keeps the open risks of a heat-map cell, as the map counts them', { cell: { probability: 5, impact: 5 } }, ['CORE-1']],
    ['shows nothing for an empty cell', { cell: { probability: 1, impact: 1 } }, []],
    ['combines filters', { kind: 'risk', owner: 'pm', severity: 'medium' }, ['CORE-3']],
  ])('%s', (_behaviour, filter, expected) => {
    expect(keys(filter)).toEqual(expected);
  });
});
