import type { CapacityDto } from '../../src/contract/capacity-dto';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import { formatAmount } from '../../src/domain/capacity';

/** Column width for a capacity cell such as "red 245.3/215". */
const cellWidth = 20;

/**
 * The intake board and the capacity heat map as plain text for a terminal: each proposal with its rank (`=` marks a
 * tie), key, stage, score with its breakdown, missing inputs and the decision behind its stage; then a row per program
 * with each quarter's demand/capacity and colour.
 *
 * @example
 * formatIntakeText(board, capacity, '2026-11-20')[0]; // 'Intake of PMO Intake (INT), scored by WSJF, as of 2026-11-20'
 */
export function formatIntakeText(board: IntakeBoardDto, capacity: CapacityDto, asOf: string): string[] {
  const projects = board.settings.projectKeys.length === 0 ? 'no intake project you may see' : board.settings.projectKeys.join(', ');
  const lines = [`Intake of ${projects}, scored by ${board.model.name}, as of ${asOf}`, ''];
  lines.push(`Proposals: ${String(board.proposals.length)}`);
  for (const proposal of board.proposals) {
    const rank = proposal.rank === null ? '-' : `${String(proposal.rank)}${proposal.tied ? '=' : ''}`;
    lines.push(`  ${rank.padStart(3)}  ${proposal.key.padEnd(9)}${proposal.stage.padEnd(11)}${proposal.summary}`);
    lines.push(`       ${proposal.score === null ? `unscored: ${proposal.unscoredBecause ?? 'no score'}` : proposal.breakdown}`);
    if (proposal.missing.length > 0) lines.push(`       missing: ${proposal.missing.join(', ')}`);
    const theme = proposal.theme === null ? '' : `theme ${proposal.theme}`;
    const program = proposal.program === null ? '' : `program ${proposal.program}`;
    const about = [program, theme].filter((part) => part !== '').join(', ');
    if (about !== '') lines.push(`       ${about}`);
    const { decision } = proposal;
    if (decision !== null) {
      const who = decision.deciderName ?? decision.decidedBy ?? 'the Jira workflow';
      const why = decision.reason === null ? '' : `: ${decision.reason}`;
      lines.push(`       ${decision.stage} ${decision.decidedAt.slice(0, 10)} by ${who}${why}`);
    }
  }
  if (board.notRefreshed.length > 0) lines.push(`  Not read yet: ${board.notRefreshed.join(', ')}`);

  const { heatMap } = capacity;
  lines.push(
    '',
    `Capacity (demand/capacity per quarter; green under ${formatAmount(heatMap.bands.amberFrom * 100)}%, red over ${formatAmount(heatMap.bands.redAbove * 100)}%)`,
  );
  lines.push(`  ${'Program'.padEnd(22)}${heatMap.quarters.map((quarter) => quarter.padEnd(cellWidth)).join('')}`.trimEnd());
  for (const row of heatMap.rows) {
    const cells = row.cells.map((cell) => {
      const text = cell.capacity === null ? `grey ${formatAmount(cell.demand)}/-` : `${cell.rag} ${formatAmount(cell.demand)}/${formatAmount(cell.capacity)}`;
      return text.padEnd(cellWidth);
    });
    lines.push(`  ${row.program.padEnd(22)}${cells.join('')}`.trimEnd());
  }
  if (heatMap.rows.length === 0) lines.push('  No program to show.');
  if (capacity.withoutProgram.length > 0) lines.push(`  Not in a program: ${capacity.withoutProgram.map((project) => project.key).join(', ')}`);
  return lines;
}
