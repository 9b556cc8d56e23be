import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown';
import { hostileReport } from './report-fixture';

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(hostileReport());
  const lines = markdown.split('\n');

  it.each([
    ['starts with the title', lines[0], '# Status report: Programs Digital'],
    ['gives the period', lines[2], 'Period: last 30 days (2026-10-21 to 2026-11-20).'],
    ['says how many items are not shown', lines[4], '5 items not shown: they are in projects you may not browse.'],
    [
      'escapes a pipe and markup in issue text, keeping the table intact',
      lines.find((l) => l.includes('ALPHA-9')),
      '| ALPHA-9 \\<img src=x onerror=alert(1)\\> \\| \\*bold\\* & "quoted" | Risk | 25 | critical | In Progress | yes |',
    ],
    ['lists the accomplishments in a table', lines.filter((l) => /^\| (ALPHA|BETA)-\d+ .* \| 2026-1\d-\d\d \|$/.test(l)).length, 5],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('says plainly when a section is empty', () => {
    expect(markdown).toContain('## What slipped\n\nNo due date moved later in the period.');
  });

  it('lists milestones met first and cuts a long list of accomplishments at 15, counting the rest', () => {
    const report = hostileReport();
    const first = report.accomplishments[0];
    if (first === undefined) throw new Error('no accomplishment');
    const many = Array.from({ length: 17 }, (_, i) => ({
      ...first,
      key: `BETA-${String(100 + i)}`,
      milestone: i === 3,
      resolved: `2026-11-${String(i + 1).padStart(2, '0')}T10:00:00.000+0000`,
    }));
    const lines = renderReportMarkdown({ ...report, accomplishments: many }, ['accomplishments']).split('\n');
    const rows = lines.filter((l) => l.startsWith('| BETA-'));
    expect([rows.length, rows[0]?.slice(0, 10), rows[1]?.slice(0, 10), lines.includes('…and 2 more items resolved in the period.')]).toEqual([
      15,
      '| BETA-103',
      '| BETA-116',
      true,
    ]);
  });
});
