import { summarizeLatencies } from '../../../scripts/load/latency-summary';

describe('summarizeLatencies', () => {
  it.each([
    ['gives zeros for no samples', [], { count: 0, p50: 0, p95: 0, p99: 0, max: 0 }],
    ['gives the one sample for every percentile', [7], { count: 1, p50: 7, p95: 7, p99: 7, max: 7 }],
    ['takes the nearest rank, whatever the input order', [5, 1, 3, 2, 4], { count: 5, p50: 3, p95: 5, p99: 5, max: 5 }],
    ['separates the tail of a hundred samples', Array.from({ length: 100 }, (_, i) => i + 1), { count: 100, p50: 50, p95: 95, p99: 99, max: 100 }],
  ])('%s', (_name, samples, expected) => {
    expect(summarizeLatencies(samples)).toEqual(expected);
  });
});
