import { formatPacedReadTable } from '../../../scripts/bench/format-paced-read-table';
import type { PacedReadRow } from '../../../scripts/bench/paced-read-row';

const row: PacedReadRow = {
  size: 100_000,
  tier: 'Tier 1',
  quotaPerHour: 65_000,
  backgroundPerHour: 6500,
  dataPoints: 101_008,
  points: 101_250,
  simulatedHours: 15.56,
  rateLimited: 0,
  deferred: 16,
  wallMs: 45_600,
};
const cellsOf = (line: string | undefined): string[] => (line ?? '').split('|').map((cell) => cell.trim());

describe('formatPacedReadTable', () => {
  it.each([
    ['names the tier', 1, 'Tier 1'],
    ['shows the quota the fake enforces', 2, '65,000'],
    ['shows the share the app allows its refresh jobs', 3, '6,500'],
    ['shows the points charged', 5, '101,250'],
    ['shows simulated hours to one decimal', 6, '15.6'],
    ['counts the 429s', 7, '0'],
    ['counts the deferred jobs', 8, '16'],
  ])('%s', (_name, column, expected) => {
    expect(cellsOf(formatPacedReadTable([row]).split('\n')[2])[column]).toBe(expected);
  });

  it('keeps a long tier name in one left-aligned column', () => {
    const lines = formatPacedReadTable([row, { ...row, tier: 'Tier 2 Standard, 1,000 users' }]).split('\n');
    expect(lines[2]).toContain('| Tier 1                       |');
  });
});
