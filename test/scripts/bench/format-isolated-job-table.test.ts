import type { IsolatedJobRow } from '../../../scripts/bench/bench-isolated-project-job';
import { formatIsolatedJobTable } from '../../../scripts/bench/format-isolated-job-table';
import type { IsolatedJobMeasure } from '../../../scripts/bench/isolated-job-measure';

function row(measure: Partial<IsolatedJobMeasure>, fakeRequests = 27): IsolatedJobRow {
  return {
    size: 100_000,
    projectIssues: 2500,
    fakeRequests,
    byEndpoint: { 'POST /rest/api/3/search/jql': 25, 'GET /rest/api/3/field': 1, 'GET /rest/api/3/myself': 1 },
    measure: {
      projectKey: 'CORE',
      issues: 2500,
      peakHeapMB: 44.4,
      heapAddedMB: 22.2,
      heapRetainedMB: 5.1,
      peakRssMB: 153.2,
      baseRssMB: 116.4,
      wallS: 0.781,
      cpuMs: 1468.2,
      jiraRequests: 27,
      invocations: 1,
      ...measure,
    },
  };
}

const cellsOf = (line: string | undefined): string[] => (line ?? '').split('|').map((cell) => cell.trim());

describe('formatIsolatedJobTable', () => {
  it.each([
    ['shows the project the job refreshed', row({}), 1, 'CORE'],
    ['shows the issues the job stored', row({}), 2, '2,500'],
    ["shows stored issues against the project's when the job stored fewer", row({ issues: 2400 }), 2, '2,400 of 2,500'],
    ['shows the peak heap in whole MB', row({}), 3, '44'],
    ['shows the heap the job added in whole MB', row({}), 4, '22'],
    ['shows the peak resident set in whole MB', row({}), 7, '153'],
    ['shows wall time in seconds', row({}), 8, '0.78'],
    ['shows CPU in grouped milliseconds', row({}), 9, '1,468'],
    ['shows the Jira requests the child counted', row({}), 10, '27'],
    ['shows what the fake saw when the counts differ', row({}, 28), 10, '27 (fake saw 28)'],
  ])('%s', (_name, isolatedRow, column, expected) => {
    const lines = formatIsolatedJobTable([isolatedRow]).split('\n');
    expect(cellsOf(lines[2])[column]).toBe(expected);
  });

  it('names where the requests went, most requested first', () => {
    const lines = formatIsolatedJobTable([row({})]).split('\n');
    expect(lines.at(-1)).toBe('100,000 CORE: 25 POST /rest/api/3/search/jql, 1 GET /rest/api/3/field, 1 GET /rest/api/3/myself');
  });
});
