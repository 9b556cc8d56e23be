import { parseBenchArgs } from '../../../scripts/bench/parse-bench-args';

describe('parseBenchArgs', () => {
  it.each([
    [
      'takes the three sizes, 100 ms and a 50,000-issue project without arguments',
      [],
      { sizes: [1000, 10_000, 100_000], latencyMs: 100, bigProject: 50_000, dayMaxChanges: 500 },
    ],
    ['reads a comma-separated list of sizes', ['--sizes', '1000,10000'], { sizes: [1000, 10_000], latencyMs: 100, bigProject: 50_000, dayMaxChanges: 500 }],
    ['reads the latency', ['--latency-ms', '250'], { sizes: [1000, 10_000, 100_000], latencyMs: 250, bigProject: 50_000, dayMaxChanges: 500 }],
    ["reads the large project's size", ['--big-project', '20000'], { sizes: [1000, 10_000, 100_000], latencyMs: 100, bigProject: 20_000, dayMaxChanges: 500 }],
    ['reads flags written with an equals sign', ['--sizes=500', '--latency-ms=5'], { sizes: [500], latencyMs: 5, bigProject: 50_000, dayMaxChanges: 500 }],
    [
      'reads the most changes the simulated day runs',
      ['--day-max-changes', '2500'],
      { sizes: [1000, 10_000, 100_000], latencyMs: 100, bigProject: 50_000, dayMaxChanges: 2500 },
    ],
    ['accepts underscores as digit separators', ['--sizes', '100_000'], { sizes: [100_000], latencyMs: 100, bigProject: 50_000, dayMaxChanges: 500 }],
  ])('%s', (_name, argv, expected) => {
    expect(parseBenchArgs(argv)).toEqual(expected);
  });

  it.each([
    ['an unknown flag', ['--size', '1000']],
    ['a flag without its value', ['--sizes']],
    ['a size that is not a whole number', ['--sizes', '1000,ten']],
    ['a zero latency', ['--latency-ms', '0']],
    ['a negative size', ['--sizes', '-5']],
  ])('refuses %s', (_name, argv) => {
    expect(() => parseBenchArgs(argv)).toThrow();
  });
});
