/**
 * Hostile issue text in the self-contained HTML report: whatever a summary holds, the report shows it escaped, and no
 * tag or script from issue text reaches the markup.
 */
import fc from 'fast-check';
import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import { escapeHtml } from '../../../src/domain/report/escape-html';
import { renderReportHtml } from '../../../src/domain/report/render-report-html';
import { dueDateChangesOf, loadSmallSite, projectInputs, smallSiteNow } from '../../domain/report/small-site-report-input';
import { recordMetric } from '../support/record-metric';

/** ALPHA-9 is a top risk of the small site, so its summary is always in the report. */
const TOP_RISK = 'ALPHA-9';
const pieces = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '/',
  '=',
  ' ',
  'a',
  'script',
  'img src=x onerror=alert(1)',
  'svg onload=alert(1)',
  '</td>',
  '<!--',
  ']]>',
  '&amp;',
  '\u2028',
];
/** Text that starts and ends with a letter, so trimming cannot change it, with markup in between. */
const hostileText = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => `x${parts.join('')}x`);

/** The report's HTML with `text` as the top risk's summary and appended to every other summary. */
function renderWith(text: string): string {
  const site = loadSmallSite();
  for (const issue of site.issues) issue.fields.summary = issue.key === TOP_RISK ? text : `${issue.fields.summary} ${text}`;
  const report = buildStatusReport(
    {
      scopeLabel: 'Programs Digital',
      period: { kind: 'last-days', days: 30 },
      projects: projectInputs(site, ['ALPHA', 'BETA']),
      dueDateChanges: dueDateChangesOf(site),
      hidden: [],
    },
    smallSiteNow,
  );
  return renderReportHtml(report);
}

/** The tags the report itself writes; anything else in the markup came from data. */
const ownTags = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'p',
  'section',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'ol',
  'li',
  'span',
  'strong',
  'em',
  'svg',
  'polyline',
  'path',
  'line',
  'circle',
  'rect',
  'title',
  'dl',
  'dt',
  'dd',
  'div',
  'footer',
  'small',
  'abbr',
  'time',
  'figure',
  'figcaption',
]);

function foreignTags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] ?? '').toLowerCase()).filter((tag) => !ownTags.has(tag));
}

describe('hostile summaries in the HTML report', () => {
  let cases = 0;
  let failures = 0;
  afterAll(() => {
    recordMetric('fuzz', 'report-html', { cases, failures });
  });

  it('shows every summary escaped and lets no tag or script from it into the markup', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        cases += 1;
        const html = renderWith(text);
        const problems = [
          ...(html.includes(escapeHtml(text)) ? [] : ['the summary is not shown escaped']),
          ...(html.includes(text) && /[<>&"']/.test(text) ? ['the summary appears raw'] : []),
          ...foreignTags(html).map((tag) => `a <${tag}> tag from issue text`),
          // Text's "<" is escaped, so every "<" left opens a real tag: none may be a script or carry a handler.
          ...(/<script/i.test(html) || /<[^>]*\son[a-z]+\s*=/i.test(html) ? ['script in the markup'] : []),
        ];
        if (problems.length > 0) failures += 1;
        expect(problems).toEqual([]);
      }),
      { numRuns: 60, seed: 19 },
    );
  });
});
