import { toCsv } from '../csv/to-csv';
import type { IntakeRow } from './intake-row';

const header = [
  'Rank',
  'Tied',
  'Key',
  'Summary',
  'Project key',
  'Project',
  'Program',
  'Theme',
  'Stage',
  'Score',
  'Breakdown',
  'Not scored',
  'Decided',
  'Reason',
  'Delivered by',
];

/**
 * The intake board's rows as CSV, one record per proposal in board order: the rank as a number (empty when unranked),
 * the score as a number (empty when missing, never 0), the breakdown and decision in words, and what delivers it
 * (empty when nothing is linked).
 *
 * @example
 * buildIntakeCsv(buildIntakeRows(board.proposals, Date.now())); // 'Rank,Tied,Key,...\r\n1,no,IDEA-1,...'
 */
export function buildIntakeCsv(rows: readonly IntakeRow[]): string {
  return toCsv([
    header,
    ...rows.map((row) => [
      row.rankNumber,
      row.tied ? 'yes' : 'no',
      row.key,
      row.summary,
      row.projectKey,
      row.project,
      row.program,
      row.theme,
      row.stageLabel,
      row.score,
      row.breakdown,
      row.notScored,
      row.decided,
      row.reason,
      row.delivery,
    ]),
  ]);
}
