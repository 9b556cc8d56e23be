import { formatSignedAmount } from '../change-control/format-signed-amount';
import { writtenDayLabel } from '../time/written-day-label';
import type { ProjectChangeLine } from './report-change-control';
import type { ReportTable } from './report-table';
import { reportWords } from './report-words';
import type { StatusReport } from './status-report';

type Cell = ReportTable['rows'][number][number];

const text = (value: string): Cell => ({ text: value });
const dash = '–';
const signedDays = (days: number | null): string => (days === null ? dash : `${days > 0 ? '+' : ''}${String(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`);
const amount = (value: number | null): string => (value === null ? dash : formatSignedAmount(value).replace(/^\+/u, ''));
const signedAmount = (value: number | null): string => (value === null ? dash : formatSignedAmount(value));
const named = (key: string, summary: string | null): string => (summary === null ? key : `${key} ${summary}`);
const listed = (keys: readonly string[]): string => keys.join(', ');
const NOT_IN_REPORT = 'Not in this report: it was published before reports held change control.';

/** Under the variance table: how many baselined items are on plan, and which projects have no approved baseline. */
function varianceNote(onPlan: number, unbaselined: readonly string[]): string | null {
  const lines = [
    onPlan === 0
      ? null
      : onPlan === 1
        ? '1 other baselined item is on its original and approved dates.'
        : `${String(onPlan)} other baselined items are on their original and approved dates.`,
    unbaselined.length === 0 ? null : `No approved baseline yet: ${listed(unbaselined)}.`,
  ].filter((line): line is string => line !== null);
  return lines.length === 0 ? null : lines.join(' ');
}

function changeRow(label: string, line: Omit<ProjectChangeLine, 'projectKey' | 'name' | 'baselineVersion'>): Cell[] {
  return [
    text(label),
    text(String(line.decided.approved)),
    text(String(line.decided.rejected)),
    text(String(line.decided.deferred)),
    text(line.approvedDays === 0 ? dash : signedDays(line.approvedDays)),
    text(line.approvedCost === 0 ? dash : signedAmount(line.approvedCost)),
    text(String(line.pending)),
    text(line.oldestPendingDays === null ? dash : `${String(line.oldestPendingDays)} days`),
  ];
}

/**
 * The report's change-control sections as tables, in reading order: uncontrolled slips, variance against the
 * original and the current approved baseline, changes in the period (per project and in total) and decisions made. A
 * report frozen before it held change control gets each section's "not in this report" line.
 *
 * @example
 * changeControlTables(report).map((table) => table.section); // ['uncontrolled', 'variance', 'changes', 'decisions']
 */
export function changeControlTables(report: StatusReport): ReportTable[] {
  const control = report.changeControl;
  const notComputed = control === undefined ? [] : control.slipsNotComputed;
  const slipCount = control?.total.uncontrolledSlips ?? null;
  const dates = control?.dateVariance ?? [];
  const moved = dates.filter((d) => d.daysVsOriginal !== 0 || d.daysVsApproved !== 0);
  const onPlan = dates.length - moved.length;
  return [
    {
      section: 'uncontrolled',
      title: reportWords.section.uncontrolled,
      head: ['Item', 'Approved due', 'Now due', 'Late by'],
      rows: [
        ...(control?.uncontrolled ?? []).map((slip) => [
          text(named(slip.itemKey, slip.summary)),
          text(slip.approvedDue),
          text(slip.currentDue),
          text(signedDays(slip.daysLate)),
        ]),
        ...notComputed.map((key) => [text(`${key} (project)`), text('not computed yet'), text(dash), text(dash)]),
      ],
      empty: control === undefined ? NOT_IN_REPORT : 'No uncontrolled slip: every date past its approved baseline is covered by an approved change.',
      note:
        control === undefined || slipCount === null
          ? null
          : `${String(slipCount)} uncontrolled ${slipCount === 1 ? 'slip' : 'slips'} in all${notComputed.length === 0 ? '' : `; not computed yet for ${listed(notComputed)}`}.`,
    },
    {
      section: 'variance',
      title: reportWords.section.variance,
      head: ['Item', 'Original (v1)', 'Approved now', 'Now', 'Against v1', 'Against approved'],
      rows: [
        ...(control?.budgetVariance ?? []).map((b) => [
          text(`${b.projectKey} budget at completion (v${String(b.currentVersion)})`),
          text(amount(b.original)),
          text(amount(b.approved)),
          text(amount(b.current)),
          text(signedAmount(b.vsOriginal)),
          text(signedAmount(b.vsApproved)),
        ]),
        // Only the dates that moved: a baselined item on its approved date against both versions is counted in the note.
        ...moved.map((d) => [
          text(named(d.itemKey, d.summary)),
          text(d.originalDue ?? dash),
          text(d.approvedDue ?? dash),
          text(d.currentDue ?? dash),
          text(signedDays(d.daysVsOriginal)),
          text(signedDays(d.daysVsApproved)),
        ]),
      ],
      empty: control === undefined ? NOT_IN_REPORT : 'No project in the report has an approved baseline.',
      note: control === undefined ? null : varianceNote(onPlan, control.unbaselined),
    },
    {
      section: 'changes',
      title: reportWords.section.changes,
      head: ['Project', 'Approved', 'Rejected', 'Deferred', 'Dates moved', 'Budget', 'Pending', 'Oldest pending'],
      rows:
        control === undefined || control.projects.length === 0
          ? []
          : [...control.projects.map((line) => changeRow(`${line.projectKey} ${line.name}`, line)), changeRow('All projects', control.total)],
      empty: control === undefined ? NOT_IN_REPORT : 'No project in scope that you may see.',
      note:
        control === undefined || control.pending.length === 0
          ? null
          : `Pending: ${control.pending
              .slice(0, 10)
              .map((p) => `${p.key} (${String(p.ageDays)} days)`)
              .join(', ')}${control.pending.length > 10 ? `, …and ${String(control.pending.length - 10)} more` : ''}.`,
    },
    {
      section: 'decisions',
      title: reportWords.section.decisions,
      head: ['Item', 'Decision', 'By', 'When'],
      rows: (control?.decisions ?? []).map((d) => [text(named(d.key, d.summary)), text(d.what), text(d.by ?? dash), text(writtenDayLabel(d.at))]),
      empty: control === undefined ? NOT_IN_REPORT : 'No decision was made in the period.',
      note: null,
    },
  ];
}
