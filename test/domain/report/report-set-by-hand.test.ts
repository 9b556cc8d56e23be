import { applyRagOverrides } from '../../../src/domain/rag-override/apply-rag-overrides';
import type { RagOverride } from '../../../src/domain/rag-override/rag-override';
import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown';
import { reportTables } from '../../../src/domain/report/report-table';
import { loadSmallSite, projectInputs, smallSiteNow } from './small-site-report-input';

const costAmber: RagOverride = {
  projectKey: 'ALPHA',
  target: 'cost',
  rag: 'amber',
  reason: 'Change request CR-12 approved',
  expiresOn: '2026-12-15',
  setBy: { accountId: 'admin', displayName: 'Ada Admin' },
  setAt: '2026-11-20T09:00:00.000Z',
};

describe('a report with a colour set by hand (ALPHA cost amber over a computed red)', () => {
  const projects = projectInputs(loadSmallSite(), ['ALPHA', 'BETA']).map((input) => ({
    ...input,
    current: applyRagOverrides(input.current, [costAmber], smallSiteNow),
  }));
  const report = buildStatusReport(
    { scopeLabel: 'Programs: Digital', period: { kind: 'last-days', days: 14 }, projects, dueDateChanges: [], hidden: [] },
    smallSiteNow,
  );
  const summary = reportTables(report, ['summary'])[0];
  const costColumn = summary?.head.indexOf('Cost') ?? -1;

  it.each([
    ['marks the set colour in the summary table', summary?.rows[0]?.[costColumn], { rag: 'amber', text: 'Amber (set by hand)' }],
    ['leaves computed colours unmarked', summary?.rows[1]?.[costColumn], { rag: 'red', text: 'Red' }],
    [
      "keeps who set it and why in the row's reason",
      report.projects[0]?.rag.cost.reason.startsWith('Set to Amber by Ada Admin until 2026-12-15: Change request CR-12 approved (computed: Red,'),
      true,
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('says so in the Markdown too', () => {
    expect(renderReportMarkdown(report)).toContain('Amber (set by hand)');
  });
});
