/** Metrics by category, then by metric name, as the trust tests record them under .data/verify. */
export type VerifyMetrics = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number | string>>>>>>;

export interface VerifyTable {
  readonly lines: readonly string[];
  /** Why verify fails: a failure count above zero, or a category with nothing recorded. Empty when all is well. */
  readonly failures: readonly string[];
}

function sumOf(metrics: VerifyMetrics, category: string, field: string): number | null {
  const entries = Object.values(metrics[category] ?? {});
  const values = entries.flatMap((entry) => (typeof entry[field] === 'number' ? [entry[field]] : []));
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
}

const shown = (value: number | string | null | undefined): string => (value === null || value === undefined ? 'not recorded' : String(value));

/** A row counting checks and their failures in one category; no checks recorded counts as a failure of verify. */
function countRow(metrics: VerifyMetrics, category: string, label: string, total: string, bad: string, failures: string[]): [string, string] {
  const checks = sumOf(metrics, category, total);
  const failed = sumOf(metrics, category, bad);
  if (checks === null || failed === null) failures.push(`${category}: no ${total} recorded`);
  else if (failed > 0) failures.push(`${category}: ${String(failed)} ${bad}`);
  return [label, `${shown(checks)} ${total} / ${shown(failed)} ${bad}`];
}

/**
 * The verify summary: requests audited and violations, permission cases and failures, fuzz cases and failures, fault
 * scenarios and mismatches, load figures, and serious/critical accessibility violations by surface (a surface's
 * metrics are named "surface | test").
 *
 * @example
 * verifyTable({ contract: { traffic: { requests: 900, violations: 0 } } }).lines[2]; // '| contract | 900 requests / 0 violations |'
 */
export function verifyTable(metrics: VerifyMetrics): VerifyTable {
  const failures: string[] = [];
  const rows: [string, string][] = [
    countRow(metrics, 'contract', 'contract', 'requests', 'violations', failures),
    countRow(metrics, 'permissions', 'permissions', 'cases', 'failures', failures),
    countRow(metrics, 'fuzz', 'fuzz', 'cases', 'failures', failures),
    countRow(metrics, 'faults', 'faults', 'scenarios', 'mismatches', failures),
  ];

  const load = metrics.load?.resolvers ?? Object.values(metrics.load ?? {}).find((entry) => 'throughput' in entry);
  if (load === undefined) failures.push('load: no figures recorded');
  else if (typeof load.errors === 'number' && load.errors > 0) failures.push(`load: ${String(load.errors)} errors`);
  rows.push([
    'load',
    load === undefined
      ? 'not recorded'
      : `${shown(load.throughput)} calls/s; p50 ${shown(load.p50)} ms, p95 ${shown(load.p95)} ms, p99 ${shown(load.p99)} ms; ${shown(load.errors)} errors in ${shown(load.calls)} calls`,
  ]);

  const bySurface = new Map<string, { serious: number; critical: number; checks: number }>();
  for (const [name, values] of Object.entries(metrics.accessibility ?? {})) {
    const surface = name.split(' | ')[0] ?? name;
    const sum = bySurface.get(surface) ?? { serious: 0, critical: 0, checks: 0 };
    bySurface.set(surface, {
      serious: sum.serious + (typeof values.serious === 'number' ? values.serious : 0),
      critical: sum.critical + (typeof values.critical === 'number' ? values.critical : 0),
      checks: sum.checks + 1,
    });
  }
  if (bySurface.size === 0) failures.push('accessibility: no axe run recorded');
  for (const [surface, sum] of [...bySurface].sort(([a], [b]) => a.localeCompare(b))) {
    if (sum.serious + sum.critical > 0)
      failures.push(`accessibility: ${surface} has ${String(sum.serious)} serious and ${String(sum.critical)} critical violations`);
    rows.push([`a11y ${surface}`, `${String(sum.serious)} serious / ${String(sum.critical)} critical in ${String(sum.checks)} axe runs`]);
  }

  const width = Math.max(...rows.map(([label]) => label.length), 'check'.length);
  const lines = [
    `| ${'check'.padEnd(width)} | result |`,
    `| ${'-'.repeat(width)} | ------ |`,
    ...rows.map(([label, result]) => `| ${label.padEnd(width)} | ${result} |`),
  ];
  return { lines, failures };
}
