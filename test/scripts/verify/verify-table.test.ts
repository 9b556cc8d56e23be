import { verifyTable, type VerifyMetrics } from '../../../scripts/verify/verify-table';

const clean: VerifyMetrics = {
  contract: { traffic: { requests: 900, violations: 0 }, more: { requests: 100, violations: 0 } },
  permissions: { matrix: { cases: 300, failures: 0 } },
  fuzz: { payloads: { cases: 1000, failures: 0 } },
  faults: { refresh: { scenarios: 5, mismatches: 0 } },
  load: { resolvers: { calls: 240, errors: 0, p50: 12, p95: 40, p99: 80, throughput: 70 } },
  accessibility: { 'portfolio | a': { serious: 0, critical: 0 }, 'portfolio | b': { serious: 0, critical: 0 }, 'admin-page | c': { serious: 0, critical: 0 } },
};

describe('verifyTable', () => {
  it('sums each category over its metrics and lists accessibility by surface, with no failure when all is clean', () => {
    const table = verifyTable(clean);
    expect(table.failures).toEqual([]);
    expect(table.lines).toContainEqual(expect.stringContaining('1000 requests / 0 violations'));
    expect(table.lines).toContainEqual(expect.stringContaining('p95 40 ms'));
    expect(table.lines).toContainEqual(expect.stringMatching(/a11y portfolio\s+\| 0 serious \/ 0 critical in 2 axe runs/));
  });

  it.each<[string, VerifyMetrics, RegExp]>([
    ['a contract violation', { ...clean, contract: { traffic: { requests: 9, violations: 1 } } }, /contract: 1 violations/],
    ['a permission failure', { ...clean, permissions: { matrix: { cases: 3, failures: 2 } } }, /permissions: 2 failures/],
    ['a fault mismatch', { ...clean, faults: { refresh: { scenarios: 5, mismatches: 1 } } }, /faults: 1 mismatches/],
    ['load errors', { ...clean, load: { resolvers: { calls: 9, errors: 3, p50: 1, p95: 1, p99: 1, throughput: 1 } } }, /load: 3 errors/],
    ['a serious accessibility violation', { ...clean, accessibility: { 'report-macro | x': { serious: 1, critical: 0 } } }, /report-macro has 1 serious/],
    ['a category nothing was recorded in', { ...clean, fuzz: {} }, /fuzz: no cases recorded/],
  ])('fails verify on %s', (_name, metrics, reason) => {
    expect(verifyTable(metrics).failures.some((failure) => reason.test(failure))).toBe(true);
  });
});
