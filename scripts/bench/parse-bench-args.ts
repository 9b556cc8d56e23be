/** What one benchmark run measures. */
export interface BenchArgs {
  /** Site sizes, in issues. */
  readonly sizes: readonly number[];
  /** Per-request delay of the Jira fake for the latency run, in milliseconds. */
  readonly latencyMs: number;
  /** Issues of the one very large project whose job is also measured alone. */
  readonly bigProject: number;
  /** The most changes of the simulated day that run; a day with more runs its first hours and scales their points. */
  readonly dayMaxChanges: number;
}

const defaults: BenchArgs = { sizes: [1000, 10_000, 100_000], latencyMs: 100, bigProject: 50_000, dayMaxChanges: 500 };
const flags = ['--sizes', '--latency-ms', '--big-project', '--day-max-changes'];

function readPositiveInteger(text: string, flag: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} takes positive whole numbers; got "${text}".`);
  return value;
}

/**
 * Reads `--sizes 1000,10000`, `--latency-ms 100`, `--big-project 50000` and `--day-max-changes 500` (also
 * `--flag=value`); anything else is refused.
 *
 * @example
 * parseBenchArgs(['--sizes', '1000,10000']); // { sizes: [1000, 10000], latencyMs: 100, bigProject: 50000, dayMaxChanges: 500 }
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let { sizes, latencyMs, bigProject, dayMaxChanges } = defaults;
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === undefined || !flags.includes(flag))
      throw new Error(`Unknown argument "${String(flag)}"; use --sizes N,N,..., --latency-ms N, --big-project N and --day-max-changes N.`);
    if (value === undefined) throw new Error(`${flag} needs a value.`);
    if (flag === '--sizes') sizes = value.split(',').map((part) => readPositiveInteger(part.trim(), flag));
    else if (flag === '--latency-ms') latencyMs = readPositiveInteger(value, flag);
    else if (flag === '--big-project') bigProject = readPositiveInteger(value, flag);
    else dayMaxChanges = readPositiveInteger(value, flag);
    i += 1;
  }
  return { sizes, latencyMs, bigProject, dayMaxChanges };
}
