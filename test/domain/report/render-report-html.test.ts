import { renderReportHtml } from '../../../src/domain/report/render-report-html';
import { hostileReport } from './report-fixture';

describe('renderReportHtml', () => {
  const html = renderReportHtml(hostileReport());

  it.each([
    ['shows a hostile summary as text, escaped', '&lt;img src=x onerror=alert(1)&gt; | *bold* &amp; &quot;quoted&quot;'],
    ['carries its own style sheet', '<style>'],
    ['has print rules', '@media print'],
    ['forbids any external resource or script by its own policy', "default-src 'none'"],
    ['says how many items are not shown', '5 items not shown'],
    ['shows RAG as lozenges', '<span class="rag rag-red">Red</span>'],
    ['shows the late dependency', 'BETA-4 is due 2027-01-10, 26 days after ALPHA-5 (2026-12-15)'],
    ['shows the next milestone in the table', 'ALPHA-8 Hypercare exit (2026-12-20)'],
  ])('%s', (_name, fragment) => {
    expect(html).toContain(fragment);
  });

  it.each([
    ['no raw tag from issue text', '<img'],
    ['no script', '<script'],
    ['no external link or source', '://'],
  ])('contains %s', (_name, fragment) => {
    expect(html).not.toContain(fragment);
  });

  it('renders only the sections asked for', () => {
    const only = renderReportHtml(hostileReport(), ['risks']);
    expect([only.includes('Top risks and issues'), only.includes('Summary by project'), only.includes('Accomplishments')]).toEqual([true, false, false]);
  });
});
