/**
 * npm run verify: runs the trust and browser tests from a clean slate of metrics, then prints the summary table the
 * tests recorded (requests audited and violations, permission cases and failures, fuzz cases and failures, fault
 * scenarios and mismatches, load figures, accessibility violations by surface). Exits non-zero when a test failed,
 * a failure count is above zero, or a category recorded nothing.
 * Usage: npx tsx scripts/verify.ts [extra jest arguments]
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readMetrics, verifyMetricsDir, type MetricCategory } from '../test/trust/support/record-metric';
import { verifyTable } from './verify/verify-table';

const categories: readonly MetricCategory[] = ['contract', 'permissions', 'fuzz', 'faults', 'load', 'accessibility'];

function main(): number {
  rmSync(verifyMetricsDir, { recursive: true, force: true });
  const jest = spawnSync('npx', ['jest', 'test/trust', 'test/browser', ...process.argv.slice(2)], { stdio: 'inherit' });
  const jestPassed = jest.status === 0;

  const table = verifyTable(Object.fromEntries(categories.map((category) => [category, readMetrics(category)])));
  console.log('\nVerify summary');
  for (const line of table.lines) console.log(line);
  if (!jestPassed) console.log(`\nFAILED: jest exited ${jest.status === null ? `on signal ${String(jest.signal)}` : String(jest.status)}`);
  for (const failure of table.failures) console.log(`FAILED: ${failure}`);
  if (jestPassed && table.failures.length === 0) console.log('\nverify passed');
  return jestPassed && table.failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
