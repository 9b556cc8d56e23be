import type { PortfolioDto } from '../../src/contract/portfolio-dto';
import type { AggregateRollup } from '../../src/domain/rollup/aggregate-rollup';
import type { ProjectRollup } from '../../src/domain/rollup/project-rollup';

const letter = { green: 'G', amber: 'A', red: 'R', grey: '-' } as const;
const percent = (ratio: number | null): string => (ratio === null ? '-' : `${String(Math.round(ratio * 100))}%`);
const index = (value: number | null): string => (value === null ? '-' : value.toFixed(2));

function progressOf(rollup: ProjectRollup | AggregateRollup): string {
  // A program or portfolio carries its combined figure, which counts projects measured by count as well as by points.
  const progress = rollup.progress;
  const measure = 'combined' in progress ? progress.combined : progress.byEstimate.total > 0 ? progress.byEstimate : progress.byCount;
  return percent(measure.ratio);
}

function row(cells: readonly string[]): string {
  const widths = [10, 28, 4, 10, 6, 14, 5, 6, 6, 6];
  return cells
    .map((c, i) => c.padEnd(widths[i] ?? 8))
    .join(' ')
    .trimEnd();
}

/**
 * The portfolio as a plain-text table for terminals and cron mail: one line per project, grouped by program, with
 * the RAG letters in dimension order (schedule, scope, cost, risk, compliance) and each red or amber reason below.
 */
export function formatPortfolioText(portfolio: PortfolioDto): string[] {
  const lines = [
    `Portfolio as of ${portfolio.asOf ?? 'never refreshed'}`,
    row(['project', 'name', 'RAG', 'S/Sc/C/R/Cm', 'done', 'next milestone', 'late', 'crit', 'CPI', 'SPI']),
  ];
  for (const program of portfolio.programs) {
    lines.push(
      '',
      `${program.name}: overall ${program.aggregate.overall}, progress ${progressOf(program.aggregate)}, CPI ${index(program.aggregate.earnedValue.cpi)}, SPI ${index(program.aggregate.earnedValue.spi)}`,
    );
    for (const { rollup } of program.projects) {
      const rag = rollup.rag;
      lines.push(
        row([
          rollup.project.key,
          rollup.project.name.slice(0, 28),
          letter[rollup.overall.rag],
          [rag.schedule, rag.scope, rag.cost, rag.risk, rag.compliance].map((d) => letter[d.rag]).join('/'),
          progressOf(rollup),
          rollup.milestones.next ? `${rollup.milestones.next.key} ${rollup.milestones.next.due}` : '-',
          String(rollup.milestones.overdue),
          String(rollup.raid.openRisksBySeverity.critical),
          index(rollup.earnedValue.cpi),
          index(rollup.earnedValue.spi),
        ]),
      );
      for (const [dimension, decision] of Object.entries(rag)) {
        if (decision.rag === 'red' || decision.rag === 'amber') lines.push(`    ${dimension} ${decision.rag}: ${decision.reason}`);
      }
    }
  }
  const totals = portfolio.totals;
  lines.push(
    '',
    `Portfolio: ${String(totals.projectKeys.length)} projects, overall ${totals.overall}, progress ${progressOf(totals)}, BAC ${String(totals.earnedValue.bac)}, AC ${String(totals.earnedValue.ac)}, CPI ${index(totals.earnedValue.cpi)}, SPI ${index(totals.earnedValue.spi)}`,
  );
  if (portfolio.notRefreshed.length > 0) lines.push(`Not refreshed: ${portfolio.notRefreshed.map((p) => p.key).join(', ')}`);
  return lines;
}
