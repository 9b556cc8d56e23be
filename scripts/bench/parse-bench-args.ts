/** What one benchmark run measures. */
export interface BenchArgs {
  /** Site sizes, in issues. */
  readonly sizes: readonly number[];
  /** Per-request delay of the Jira fake for the latency run, in milliseconds. */
  readonly latencyMs: number;
  /** Issues of the one very large project whose job is also measured alone. */
  readonly bigProject: number;
}

const defaults: BenchArgs = { sizes: [1000, 10_000, 100_000], latencyMs: 100, bigProject: 50_000 };
const flags = ['--sizes', '--latency-ms', '--big-project'];

function readPositiveInteger(text: string, flag: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} takes positive whole numbers; got "${text}".`);
  return value;
}

/**
 * Reads `--sizes 1000,10000`, `--latency-ms 100` and `--big-project 50000` (also `--flag=value`); anything else is
 * refused.
 *
 * @example
 * parseBenchArgs(['--sizes', '1000,10000']); // { sizes: [1000, 10000], latencyMs: 100, bigProject: 50000 }
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let { sizes, latencyMs, bigProject } = defaults;
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === undefined || !flags.includes(flag)) throw new Error(`Unknown argument "${String(flag)}"; use --sizes N,N,..., --latency-ms N and --big-project N.`);
    if (value === undefined) throw new Error(`${flag} needs a value.`);
    if (flag === '--sizes') sizes = value.split(',').map((part) => readPositiveInteger(part.trim(), flag));
    else if (flag === '--latency-ms') latencyMs = readPositiveInteger(value, flag);
    else bigProject = readPositiveInteger(value, flag);
    i += 1;
  }
  return { sizes, latencyMs, bigProject };
}
