import { ragDimensions } from '../../../../src/domain/rag';
import { toCsv, type CsvCell } from '../csv/to-csv';
import { describeDeliveredProposal } from './describe-delivered-proposal';
import { describeSlipsInWords } from './describe-slips-in-words';
import type { PortfolioRow } from './to-portfolio-rows';

function fraction(value: number | null): CsvCell {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}

const header: readonly string[] = [
  'Program',
  'Project key',
  'Project',
  'Lead',
  'Overall RAG',
  'Overall reason',
  ...ragDimensions.flatMap((dimension) => [
    `${dimension[0]?.toUpperCase() ?? ''}${dimension.slice(1)} RAG`,
    `${dimension[0]?.toUpperCase() ?? ''}${dimension.slice(1)} reason`,
  ]),
  'Progress',
  'Next milestone',
  'Next milestone due',
  'Overdue milestones',
  'Open critical risks',
  'Open high risks',
  'Compliance score',
  'CPI',
  'SPI',
  'Trend',
  'Partial',
  'Stale',
  'Change control',
  'Approved baseline version',
  'Pending changes',
  'Oldest pending change (days)',
  'Uncontrolled slips',
  'Uncontrolled slip items',
  'Budget beyond baseline',
  'Scope beyond baseline',
  'From intake',
];

// Appended after the first columns so a spreadsheet built on the earlier export keeps its references.
function changeControlFields(row: PortfolioRow): CsvCell[] {
  const summary = row.changeControl;
  if (summary === null) return ['not computed yet', null, null, null, null, null, null, null];
  const baselined = summary.baselineVersion !== null;
  return [
    baselined ? `approved baseline v${summary.baselineVersion}` : 'no approved baseline',
    summary.baselineVersion,
    summary.pending,
    summary.oldestPendingDays,
    baselined ? summary.uncontrolledSlips : null,
    baselined ? describeSlipsInWords(summary) : null,
    summary.budgetBeyond,
    summary.scopeBeyond,
  ];
}

/**
 * The portfolio rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks
 * quoted and inner quotes doubled). Fractions stay fractions (0.6629, not "66%") so a spreadsheet can compute with
 * them; a missing figure is an empty field. Change control comes last: its state in words ("not computed yet", "no
 * approved baseline", "approved baseline v2"), then its figures, empty where the state has none (never 0). Last, the
 * approved proposals the project delivers ("INT-1 Cloud contact centre; INT-4 ..."), empty when none.
 *
 * @example
 * buildPortfolioCsv([]); // => 'Program,Project key,Project,Lead,Overall RAG,...,Scope beyond baseline,From intake\r\n'
 */
export function buildPortfolioCsv(rows: readonly PortfolioRow[]): string {
  const lines = rows.map((row) => [
    row.program,
    row.key,
    row.name,
    row.leadName,
    row.overall.rag,
    row.overall.reason,
    ...ragDimensions.flatMap((dimension) => [row.rag[dimension].rag, row.rag[dimension].reason]),
    fraction(row.progress),
    row.nextMilestone?.key ?? null,
    row.nextMilestone?.due ?? null,
    row.overdueMilestones,
    row.openCriticalRisks,
    row.openHighRisks,
    fraction(row.complianceScore),
    fraction(row.cpi),
    fraction(row.spi),
    row.trend.label,
    row.partial ? 'yes' : 'no',
    row.stale ? 'yes' : 'no',
    ...changeControlFields(row),
    row.fromIntake.length === 0 ? null : row.fromIntake.map(describeDeliveredProposal).join('; '),
  ]);
  return toCsv([header, ...lines]);
}
