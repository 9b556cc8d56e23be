import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMetrics, recordMetric } from './record-metric';

describe('recordMetric', () => {
  it('merges metrics by name into the category file, a second recording of a name replacing the first', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pmo-metrics-')), 'nested', 'verify');
    recordMetric('fuzz', 'payloads', { cases: 10, failures: 1 }, dir);
    recordMetric('fuzz', 'imports', { cases: 5, failures: 0 }, dir);
    recordMetric('fuzz', 'payloads', { cases: 12, failures: 0 }, dir);
    recordMetric('load', 'portfolio', { p50: 3.5, note: 'local' }, dir);
    expect(readMetrics('fuzz', dir)).toEqual({ payloads: { cases: 12, failures: 0 }, imports: { cases: 5, failures: 0 } });
    expect(readMetrics('load', dir)).toEqual({ portfolio: { p50: 3.5, note: 'local' } });
  });

  it('reads no metrics from a category nothing was recorded in', () => {
    expect(readMetrics('faults', mkdtempSync(join(tmpdir(), 'pmo-metrics-')))).toEqual({});
  });
});
