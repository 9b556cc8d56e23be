import { ragDimensions } from '../rag/rag-dimension';
import { writtenDayLabel } from '../time/written-day-label';
import { changeControlTables } from './change-control-tables';
import { describeReportPeriod } from './describe-report-period';
import { intakeTables } from './intake-tables';
import type { ReportSectionName } from './report-section';
import { hiddenLine, indexOrDash, percentOrDash, reportWords } from './report-words';
import type { ReportRag, StatusReport } from './status-report';

/** A cell of a report table: plain text, or a RAG colour that a format may show as a lozenge. */
export type ReportCell = { readonly text: string } | { readonly rag: StatusReport['headline']['overall']; readonly text: string };

/** One section of a report as a titled table (or, with no rows, the line saying there is nothing). */
export interface ReportTable {
  readonly section: ReportSectionName;
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  readonly empty: string;
  /** A line under the table, e.g. how many rows were left out of a long list; null when there is none. */
  readonly note: string | null;
}

/** How many accomplishments a report lists before it only counts the rest. */
export const ACCOMPLISHMENTS_SHOWN = 15;

const text = (value: string): ReportCell => ({ text: value });
const issue = (ref: { key: string; summary: string }): ReportCell => text(`${ref.key} ${ref.summary}`);
// A colour a PMO admin set by hand says so wherever it is shown, so no reader takes it for a computed one.
const colourCell = (colour: ReportRag): ReportCell => ({
  rag: colour.rag,
  text: `${reportWords.rag[colour.rag]}${colour.setByHand === true ? ' (set by hand)' : ''}`,
});

/**
 * The report's sections as tables, in reading order and only those asked for: the one shape that the Markdown,
 * HTML and ADF formats all render, so they cannot disagree.
 *
 * @example
 * reportTables(report, ['risks'])[0]?.head; // ['Item', 'Kind', 'Score', 'Severity', 'Status', 'Mitigation']
 */
export function reportTables(report: StatusReport, sections: readonly ReportSectionName[]): ReportTable[] {
  const wanted = new Set(sections);
  const tables: ReportTable[] = [
    {
      section: 'headline',
      title: reportWords.section.headline,
      head: ['Dimension', 'Colour', 'Why'],
      rows: [
        [text('Overall'), { rag: report.headline.overall, text: reportWords.rag[report.headline.overall] }, text(report.headline.summary)],
        ...report.headline.sentences.map((s) => [text(reportWords.dimension[s.dimension]), { rag: s.rag, text: reportWords.rag[s.rag] }, text(s.text)]),
      ],
      empty: '',
      note: null,
    },
    {
      section: 'summary',
      title: reportWords.section.summary,
      head: ['Project', 'Overall', ...ragDimensions.map((d) => reportWords.dimension[d]), 'Progress', 'Next milestone', 'CPI', 'SPI', 'Compliance'],
      rows: report.projects.map((p) => [
        text(`${p.key} ${p.name}${p.partial ? ' (partial)' : ''}`),
        colourCell(p.overall),
        ...ragDimensions.map((d): ReportCell => colourCell(p.rag[d])),
        text(percentOrDash(p.progress)),
        text(p.nextMilestone === null ? '–' : `${p.nextMilestone.key} ${p.nextMilestone.summary} (${p.nextMilestone.due})`),
        text(indexOrDash(p.cpi)),
        text(indexOrDash(p.spi)),
        text(percentOrDash(p.compliance)),
      ]),
      empty: 'No project in scope that you may see.',
      note: null,
    },
    {
      section: 'accomplishments',
      title: reportWords.section.accomplishments,
      head: ['Item', 'Type', 'Resolved'],
      // Milestones met first, then the latest work: a long period's list is cut, and the rest only counted.
      rows: [...report.accomplishments]
        .sort((a, b) => Number(b.milestone) - Number(a.milestone) || Date.parse(b.resolved) - Date.parse(a.resolved))
        .slice(0, ACCOMPLISHMENTS_SHOWN)
        .map((a) => [issue(a), text(a.milestone ? `${a.issueType} (milestone met)` : a.issueType), text(writtenDayLabel(a.resolved))]),
      empty: 'Nothing was resolved in the period.',
      note:
        report.accomplishments.length > ACCOMPLISHMENTS_SHOWN
          ? `…and ${String(report.accomplishments.length - ACCOMPLISHMENTS_SHOWN)} more items resolved in the period.`
          : null,
    },
    {
      section: 'slipped',
      title: reportWords.section.slipped,
      head: ['Item', 'Original due', 'Now due', 'Later by', 'Moves'],
      rows: report.slipped.map((s) => [issue(s), text(s.originalDue), text(s.currentDue), text(`${String(s.daysLater)} days`), text(String(s.moves))]),
      empty: 'No due date moved later in the period.',
      note: null,
    },
    ...changeControlTables(report),
    {
      section: 'upcoming',
      title: reportWords.section.upcoming,
      head: ['Milestone', 'Due', 'In', 'Status'],
      rows: report.upcoming.map((m) => [issue(m), text(m.due), text(`${String(m.daysAway)} days`), text(m.statusName)]),
      empty: 'No milestone is due in the next 30 days.',
      note: null,
    },
    {
      section: 'risks',
      title: reportWords.section.risks,
      head: ['Item', 'Kind', 'Score', 'Severity', 'Status', 'Mitigation'],
      rows: report.topRisks.map((r) => [
        issue(r),
        text(r.kind === 'risk' ? 'Risk' : 'Issue'),
        text(r.score === null ? '–' : String(r.score)),
        text(r.severity ?? (r.priority === null ? 'unscored' : `priority ${r.priority}`)),
        text(r.statusName),
        text(r.hasMitigation ? 'yes' : 'none'),
      ]),
      empty: 'No open risk or issue.',
      note: null,
    },
    {
      section: 'dependencies',
      title: reportWords.section.dependencies,
      head: ['Blocker', 'Blocks', 'Why late'],
      rows: report.lateDependencies.map((d) => [issue(d.blocker), d.blocked === null ? text('–') : issue(d.blocked), text(d.reason)]),
      empty: 'No late dependency.',
      note: null,
    },
    {
      section: 'compliance',
      title: reportWords.section.compliance,
      head: ['Project', 'Colour', 'Score', 'Checks passed', 'Why'],
      rows: report.complianceExceptions.map((c) => [
        text(`${c.projectKey} ${c.name}`),
        { rag: c.rag, text: reportWords.rag[c.rag] },
        text(percentOrDash(c.score)),
        text(`${String(c.passed)} of ${String(c.checked)}`),
        text(c.reason),
      ]),
      empty: 'No compliance exception.',
      note: null,
    },
    {
      section: 'escalations',
      title: reportWords.section.escalations,
      head: ['Item', 'Why', 'Status', 'Priority'],
      rows: report.escalations.map((e) => [
        issue(e),
        text([e.labelled ? 'labelled escalate' : null, e.flagged ? 'flagged' : null].filter((w) => w !== null).join(', ')),
        text(e.statusName),
        text(e.priority ?? '–'),
      ]),
      empty: 'No decision or escalation is asked for.',
      note: null,
    },
    {
      section: 'trends',
      title: report.period.kind === 'since-baseline' ? `Trends since the baseline “${report.period.baseline.name}”` : reportWords.section.trends,
      head: ['Project', 'Since', 'Overall', 'Progress', 'Open risks'],
      rows: report.trends.map((t) => {
        const progress = t.trend.metrics.progressByEstimate.current === null ? t.trend.metrics.progressByCount : t.trend.metrics.progressByEstimate;
        const risks = t.trend.metrics.openRisks;
        return [
          text(`${t.projectKey} ${t.name}`),
          text(writtenDayLabel(t.trend.previousAsOf)),
          {
            rag: t.trend.overall.current,
            text: `${reportWords.rag[t.trend.overall.previous]} → ${reportWords.rag[t.trend.overall.current]} (${t.trend.overall.assessment})`,
          },
          text(`${percentOrDash(progress.previous)} → ${percentOrDash(progress.current)}`),
          text(`${String(risks.previous ?? '–')} → ${String(risks.current ?? '–')}`),
        ];
      }),
      empty: report.period.kind === 'since-baseline' ? 'The baseline holds none of these projects.' : 'No earlier snapshot to compare with yet.',
      note: null,
    },
    ...intakeTables(report),
  ];
  return tables.filter((table) => wanted.has(table.section));
}

/** The lines under a report's title: period, "as of", and the not-shown count. */
export function reportPreamble(report: StatusReport): string[] {
  const lines = [
    `Period: ${describeReportPeriod(report.period)}.`,
    `As of ${report.asOf === null ? 'never: no roll-up yet' : report.asOf.replace('T', ' ').slice(0, 16) + ' UTC'}.`,
  ];
  const hidden = hiddenLine(report.hiddenCount);
  return hidden === null ? lines : [...lines, hidden];
}
