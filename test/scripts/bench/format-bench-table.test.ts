import type { BenchRow } from '../../../scripts/bench/bench-row';
import { formatBenchTable } from '../../../scripts/bench/format-bench-table';

function row(overrides: Partial<BenchRow>, requests: number, fakeCpuMs: number | null): BenchRow {
  return {
    size: 10_000,
    phase: 'full',
    minimum: 100,
    measure: {
      requests,
      byEndpoint: {},
      points: requests,
      bytesReceived: 2_500_000,
      cpuMs: 1500,
      fakeCpuMs,
      peakHeapBytes: 64 * 1024 * 1024,
      baseHeapBytes: 40 * 1024 * 1024,
      wallMs: 3250,
    },
    ...overrides,
  };
}

const cellsOf = (line: string | undefined): string[] => (line ?? '').split('|').map((cell) => cell.trim());

describe('formatBenchTable', () => {
  it.each([
    ['shows requests against the minimum as a ratio', row({}, 125, 900), 4, '1.25'],
    ['shows a dash for the ratio when nothing had to be read', row({ minimum: 0 }, 3, 900), 4, '-'],
    ['divides CPU by the site size in thousands', row({}, 125, 900), 7, '150.0'],
    ['shows a dash for a fake CPU share that was not metered', row({}, 125, null), 8, '-'],
    ['shows the peak heap in MB', row({}, 125, 900), 9, '64'],
    ['shows the heap the phase added above its starting heap', row({}, 125, 900), 10, '24'],
    ['shows wall time in seconds', row({}, 125, 900), 11, '3.25'],
  ])('%s', (_name, benchRow, column, expected) => {
    const lines = formatBenchTable([benchRow]).split('\n');
    expect(cellsOf(lines[2])[column]).toBe(expected);
  });

  it('lines up every column under its header', () => {
    const lines = formatBenchTable([row({}, 125, 900), row({ size: 1000, phase: 'full, 100 ms latency' }, 26, null)]).split('\n');
    const bars = (line: string): number[] => [...line.matchAll(/\|/g)].map((match) => match.index);
    expect(lines.map((line) => bars(line.replace(/-\|-/g, ' | ')))).toEqual(lines.map(() => bars(lines[0] ?? '')));
  });
});
