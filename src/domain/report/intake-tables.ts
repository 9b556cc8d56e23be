import { formatAmount } from '../capacity/format-amount';
import type { HeatMapCell } from '../capacity/heat-map-cell';
import { writtenDayLabel } from '../time/written-day-label';
import type { ReportTable } from './report-table';
import { reportWords } from './report-words';
import type { StatusReport } from './status-report';

type Cell = ReportTable['rows'][number][number];

const text = (value: string): Cell => ({ text: value });
const dash = '–';
const NOT_IN_REPORT = 'Not in this report: it was published before reports held intake.';
const NOT_SET_UP = 'Intake is not set up, or you may browse no intake project: nothing to show.';
const stageWords = { submitted: 'Submitted', screening: 'Screening', approved: 'Approved', deferred: 'Deferred', rejected: 'Rejected' } as const;
const unitWords = { 'story-points': 'story points', 'person-days': 'person-days' } as const;
const percent = (share: number): string => `${String(Math.round(share * 100))}%`;

/** A heat map cell in words after its colour: "Amber: 46 / 50 (92%)", or why it has no load. */
function loadCell(cell: HeatMapCell): Cell {
  const demand = formatAmount(cell.demand);
  const figures =
    cell.capacity === null
      ? `${demand} / no capacity set`
      : `${demand} / ${formatAmount(cell.capacity)} (${cell.load === null ? 'capacity 0' : percent(cell.load)})`;
  return { rag: cell.rag, text: `${reportWords.rag[cell.rag]}: ${figures}` };
}

/**
 * The report's intake section as three tables: proposals decided in the period, the top-ranked waiting ones, and the
 * capacity heat map (each cell's colour named in words beside its figures). A report frozen before it held intake
 * gets each table's "not in this report" line; a reader with no intake project to browse is told intake is not set
 * up, and sees no proposal.
 *
 * @example
 * intakeTables(report).map((table) => table.title);
 * // ['Intake: decided in the period', 'Intake: top-ranked waiting', 'Intake: capacity by program and quarter']
 */
export function intakeTables(report: StatusReport): ReportTable[] {
  const intake = report.intake;
  const setUp = intake !== undefined && intake.intakeProjects.length > 0;
  const proposalsEmpty = (none: string) => (intake === undefined ? NOT_IN_REPORT : setUp ? none : NOT_SET_UP);
  const heatMap = intake?.capacity;
  const bands = heatMap?.bands;
  const more = (intake?.waitingCount ?? 0) - (intake?.waiting.length ?? 0);
  return [
    {
      section: 'intake',
      title: `${reportWords.section.intake}: decided in the period`,
      head: ['Proposal', 'Decision', 'By', 'When', 'Reason'],
      rows: (setUp ? intake.decided : []).map((d) => [
        text(`${d.key} ${d.summary}`),
        text(`${stageWords[d.stage]}${d.overloadConfirmed ? ' (over capacity, confirmed)' : ''}`),
        text(d.by ?? (d.source === 'workflow' ? 'Jira workflow' : dash)),
        text(writtenDayLabel(d.decidedAt)),
        text(d.reason ?? dash),
      ]),
      empty: proposalsEmpty('No proposal was decided in the period.'),
      note: null,
    },
    {
      section: 'intake',
      title: `${reportWords.section.intake}: top-ranked waiting`,
      head: ['Rank', 'Proposal', 'Stage', 'Program', 'Score', 'Breakdown'],
      rows: (setUp ? intake.waiting : []).map((w) => [
        text(w.rank === null ? 'unscored' : `${String(w.rank)}${w.tied ? ' (tied)' : ''}`),
        text(`${w.key} ${w.summary}`),
        text(stageWords[w.stage]),
        text(w.program ?? 'No program'),
        text(w.score === null ? dash : String(w.score)),
        text(w.breakdown),
      ]),
      empty: proposalsEmpty('No proposal is waiting.'),
      note: setUp && more > 0 ? `…and ${String(more)} more waiting.` : null,
    },
    {
      section: 'intake',
      title: `${reportWords.section.intake}: capacity by program and quarter`,
      head: ['Program', 'Unit', ...(heatMap?.quarters ?? [])],
      rows: (heatMap?.rows ?? []).map((row) => [
        text(row.program),
        text(row.unit === null ? 'no capacity set' : unitWords[row.unit]),
        ...row.cells.map(loadCell),
      ]),
      empty: intake === undefined ? NOT_IN_REPORT : 'No program in scope has work or a capacity you may see.',
      note:
        bands === undefined
          ? null
          : `Load is demand over capacity: green under ${percent(bands.amberFrom)}, amber from ${percent(bands.amberFrom)} to ${percent(bands.redAbove)}, red over ${percent(bands.redAbove)}; no data where no capacity is set.`,
    },
  ];
}
