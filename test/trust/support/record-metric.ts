import { mkdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** The kinds of evidence `npm run verify` tabulates; each is one file under `.data/verify`. */
export type MetricCategory = 'contract' | 'permissions' | 'fuzz' | 'faults' | 'load' | 'accessibility';

export type MetricValues = Record<string, number | string>;

/** Where the verify metrics live: `<project>/.data/verify`, cleared by `npm run verify` before the tests run. */
export const verifyMetricsDir = resolve(__dirname, '..', '..', '..', '.data', 'verify');

const metricFileSchema = z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()])));

/** The metrics recorded so far in one category, keyed by metric name; empty when none were recorded. */
export function readMetrics(category: MetricCategory, dir: string = verifyMetricsDir): Record<string, MetricValues> {
  try {
    return metricFileSchema.parse(JSON.parse(readFileSync(join(dir, `${category}.json`), 'utf8')));
  } catch {
    return {};
  }
}

const lockWaitMs = 10;
const staleLockMs = 10_000;

/** Test files run in parallel jest workers, so read-modify-write of one category file is serialised by a lock folder. */
function withLock(lockPath: string, run: () => void): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lockPath);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lockPath).mtimeMs > staleLockMs) rmdirSync(lockPath);
      } catch {
        // The holder released it between the two calls; try again.
      }
      Atomics.wait(pause, 0, 0, lockWaitMs);
    }
  }
  try {
    run();
  } finally {
    rmdirSync(lockPath);
  }
}

/**
 * Merges one named metric into `.data/verify/<category>.json` (synchronously, so a test can record right before it
 * asserts). Recording the same name again replaces its values.
 *
 * @example
 * recordMetric('contract', 'app-traffic', { requests: 412, violations: 0 });
 */
export function recordMetric(category: MetricCategory, name: string, values: MetricValues, dir: string = verifyMetricsDir): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${category}.json`);
  withLock(`${file}.lock`, () => {
    const merged = { ...readMetrics(category, dir), [name]: values };
    const temporary = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(merged, null, 2)}\n`);
    renameSync(temporary, file);
  });
}
