import { filterPortfolioRows, noPortfolioFilter, type PortfolioFilter } from '../../../../../static/app/src/portfolio/portfolio-filter';
import { listFilterChoices, noLeadLabel, unnamedLeadLabel } from '../../../../../static/app/src/portfolio/list-filter-choices';
import { toPortfolioRows } from '../../../../../static/app/src/portfolio/to-portfolio-rows';
import { aChangeControl, aPortfolio, aPortfolioProject, aRollup, withChangeControl } from './a-portfolio';

const rows = toPortfolioRows(
  aPortfolio([
    aPortfolioProject(aRollup('CORE', 'Core Platforms', { done: 1, risk: 'critical' }), { accountId: 'acc-zoe', displayName: 'Zoe Adams' }),
    aPortfolioProject(aRollup('DATA', 'Core Platforms', { done: 2 }), { accountId: 'acc-ada', displayName: 'Ada Lovelace' }),
    aPortfolioProject(aRollup('WEB', 'Digital Channels', { done: 4 }), { accountId: 'acc-ada', displayName: 'Ada Lovelace' }),
    aPortfolioProject(aRollup('OPS', 'Digital Channels', { done: 4 })),
    aPortfolioProject(aRollup('MOB', 'Digital Channels', { done: 4 }), { accountId: 'acc-anon', displayName: null }),
  ]),
);

describe('filterPortfolioRows', () => {
  it.each<[string, Partial<PortfolioFilter>, string[]]>([
    ['no filter', {}, ['CORE', 'DATA', 'WEB', 'OPS', 'MOB']],
    ['a program', { program: 'Core Platforms' }, ['CORE', 'DATA']],
    ['an overall colour', { overall: 'red' }, ['CORE']],
    ['a lead', { lead: 'acc-ada' }, ['DATA', 'WEB']],
    ['no lead', { lead: '' }, ['OPS']],
    ['a program and a lead together', { program: 'Digital Channels', lead: 'acc-ada' }, ['WEB']],
    ['no data yet', { overall: 'grey' }, ['DATA', 'WEB', 'OPS', 'MOB']],
    ['a combination nothing matches', { program: 'Core Platforms', overall: 'green' }, []],
  ])('keeps the rows that match %s', (_what, filter, keys) => {
    expect(filterPortfolioRows(rows, { ...noPortfolioFilter, ...filter }).map((row) => row.key)).toEqual(keys);
  });
});

describe('filterPortfolioRows by change control', () => {
  const slip = { itemKey: 'SLIP-7', kind: 'milestone' as const, approvedDue: '2026-03-01', currentDue: '2026-03-15', daysLate: 14 };
  const changeRows = toPortfolioRows(
    aPortfolio(
      [
        aRollup('OLD', 'Core'),
        withChangeControl(aRollup('CALM', 'Core'), aChangeControl()),
        withChangeControl(aRollup('WAIT', 'Core'), aChangeControl({ changeRequests: 1, pending: 1, oldestPendingDays: 3 })),
        withChangeControl(aRollup('SLIP', 'Core'), aChangeControl({ uncontrolledSlips: 1, slips: [slip] })),
        withChangeControl(aRollup('BOTH', 'Core'), aChangeControl({ pending: 2, oldestPendingDays: 9, uncontrolledSlips: 1, slips: [slip] })),
        // Pending with no baseline yet: the change requests wait all the same.
        withChangeControl(aRollup('NOBASE', 'Core'), aChangeControl({ baselineVersion: null, pending: 1, oldestPendingDays: 1 })),
      ].map((rollup) => aPortfolioProject(rollup)),
    ),
  );

  it.each<[string, PortfolioFilter['changes'], string[]]>([
    ['no change control filter', [], ['OLD', 'CALM', 'WAIT', 'SLIP', 'BOTH', 'NOBASE']],
    ['has pending changes (with or without a baseline; not computed is not a match)', ['pending-changes'], ['WAIT', 'BOTH', 'NOBASE']],
    ['has uncontrolled slips', ['uncontrolled-slips'], ['SLIP', 'BOTH']],
    ['both at once: a project must show both', ['pending-changes', 'uncontrolled-slips'], ['BOTH']],
  ])('keeps the rows that match %s', (_what, changes, keys) => {
    expect(filterPortfolioRows(changeRows, { ...noPortfolioFilter, changes }).map((row) => row.key)).toEqual(keys);
  });

  it('combines with the other filters', () => {
    expect(filterPortfolioRows(changeRows, { ...noPortfolioFilter, program: 'Elsewhere', changes: ['pending-changes'] })).toEqual([]);
  });
});

describe('listFilterChoices', () => {
  it('offers each program once, sorted', () => {
    expect(listFilterChoices(rows).programs).toEqual([
      { value: 'Core Platforms', label: 'Core Platforms' },
      { value: 'Digital Channels', label: 'Digital Channels' },
    ]);
  });

  it('offers each lead once by name, with a choice for projects without a lead and a stand-in for a missing name', () => {
    expect(listFilterChoices(rows).leads).toEqual([
      { value: 'acc-ada', label: 'Ada Lovelace' },
      { value: 'acc-anon', label: unnamedLeadLabel },
      { value: '', label: noLeadLabel },
      { value: 'acc-zoe', label: 'Zoe Adams' },
    ]);
  });
});
