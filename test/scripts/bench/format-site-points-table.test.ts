import { formatSitePointsTable } from '../../../scripts/bench/format-site-points-table';
import type { SitePointsRow } from '../../../scripts/bench/site-points-row';

const row: SitePointsRow = { size: 10_000, projects: 8, firstReadPoints: 10_125, dataPoints: 10_104, incrementalEdits: 100, incrementalPoints: 526 };
const cellsOf = (line: string | undefined): string[] => (line ?? '').split('|').map((cell) => cell.trim());

describe('formatSitePointsTable', () => {
  it.each([
    ["groups the first read's points", row, 2, '10,125'],
    ["shows the data's own cost beside it", row, 3, '10,104'],
    ["shows points charged over the data's cost as a ratio", row, 4, '1.002'],
    ['shows a dash for the ratio when the data cost nothing', { ...row, dataPoints: 0 }, 4, '-'],
    ["shows the incremental refresh's points per issue edited", row, 7, '5.26'],
    ['shows dashes when the incremental refresh did not run', { ...row, incrementalEdits: null, incrementalPoints: null }, 6, '-'],
  ])('%s', (_name, pointsRow, column, expected) => {
    expect(cellsOf(formatSitePointsTable([pointsRow]).split('\n')[2])[column]).toBe(expected);
  });
});
