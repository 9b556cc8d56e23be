import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import type { ReactNode } from 'react';
import type { DeliveredProposalDto } from '../../../../src/contract/delivered-proposal-dto';
import type { SummarizedSlip } from '../../../../src/domain/change-control';
import type { Rag } from '../../../../src/domain/rag';
import { ragDimensions, type RagDimension } from '../../../../src/domain/rag';
import type { HistoryPoint } from '../../../../src/domain/trend';
import { describeChangeControl } from './describe-change-control';
import { formatIndex } from './format-index';
import { formatRatio } from './format-ratio';
import type { PortfolioRow } from './to-portfolio-rows';

/** What one table cell shows, before it becomes markup: the page renders each kind with its own component. */
export type PortfolioCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'project'; readonly key: string; readonly name: string; readonly meta: string }
  | { readonly kind: 'rag'; readonly rag: Rag; readonly reason: string; readonly setByHand: boolean }
  | { readonly kind: 'progress'; readonly text: string; readonly history: readonly HistoryPoint[] }
  | { readonly kind: 'milestone'; readonly key: string; readonly due: string }
  | { readonly kind: 'trend'; readonly arrow: string; readonly label: string }
  /** A figure that cannot be shown yet ("—"), with the reason in a few words and in a sentence. */
  | { readonly kind: 'unknown'; readonly short: string; readonly explanation: string }
  /** Uncontrolled slips: the count, the slips the roll-up lists, and how many more it counted than it lists. */
  | { readonly kind: 'slips'; readonly count: number; readonly slips: readonly SummarizedSlip[]; readonly unlisted: number }
  /** The approved proposals a project delivers, by key, each with its summary on hover and for screen readers; a dash when none. */
  | { readonly kind: 'intake'; readonly proposals: readonly DeliveredProposalDto[] };

export interface PortfolioTable {
  readonly head: HeadType;
  readonly rows: RowType[];
}

const dimensionTitles: Readonly<Record<RagDimension, string>> = { schedule: 'Schedule', scope: 'Scope', cost: 'Cost', risk: 'Risk', compliance: 'Compliance' };

/** Sorting a colour column ascending puts the worst first. */
const ragOrder: Readonly<Record<Rag, number>> = { red: 0, amber: 1, green: 2, grey: 3 };

// Dynamic-table sorts numbers before strings in either direction, so a missing figure keyed by a string stays last.
const missing = '';

function projectMeta(row: PortfolioRow): string {
  return [row.key, row.partial ? 'partial roll-up' : null, row.stale ? 'changed in Jira since' : null].filter((part) => part !== null).join(' · ');
}

/**
 * Head and rows of one program's projects table: project, the overall and per-dimension colours with their reasons,
 * progress with its history, the next milestone, overdue milestones, pending changes and uncontrolled slips, open
 * critical and high risks, compliance, CPI and SPI, the trend since the last snapshot, and the approved proposals it
 * delivers. Every column sorts; each cell's `key` is the value it sorts by.
 * `render` turns each cell's description into markup, so this stays a plain function of its rows.
 *
 * @example
 * buildPortfolioTable(rows, renderPortfolioCell).head.cells.map((cell) => cell.key);
 * // => ['project', 'overall', 'schedule', 'scope', 'cost', 'risk', 'compliance', 'progress', ...]
 */
export function buildPortfolioTable(rows: readonly PortfolioRow[], render: (cell: PortfolioCell) => ReactNode): PortfolioTable {
  const head: HeadType = {
    cells: [
      { key: 'project', content: 'Project', isSortable: true, width: 12 },
      { key: 'overall', content: 'Overall', isSortable: true, width: 5 },
      ...ragDimensions.map((dimension) => ({ key: dimension, content: dimensionTitles[dimension], isSortable: true, width: 5 })),
      { key: 'progress', content: 'Progress', isSortable: true, width: 6 },
      { key: 'milestone', content: 'Next milestone', isSortable: true, width: 6 },
      { key: 'overdue', content: 'Overdue milestones', isSortable: true, width: 5 },
      { key: 'pendingChanges', content: 'Pending changes', isSortable: true, width: 6 },
      { key: 'uncontrolledSlips', content: 'Uncontrolled slips', isSortable: true, width: 6 },
      { key: 'risks', content: 'Open risks', isSortable: true, width: 6 },
      { key: 'complianceScore', content: 'Compliance score', isSortable: true, width: 6 },
      { key: 'indices', content: 'CPI / SPI', isSortable: true, width: 6 },
      { key: 'trend', content: 'Trend', isSortable: true, width: 5 },
      { key: 'fromIntake', content: 'From intake', isSortable: true, width: 6 },
    ],
  };
  const body: RowType[] = rows.map((row) => {
    const changes = describeChangeControl(row.changeControl);
    return {
      key: row.key,
      cells: [
        { key: row.name.toLocaleLowerCase(), content: render({ kind: 'project', key: row.key, name: row.name, meta: projectMeta(row) }) },
        { key: ragOrder[row.overall.rag], content: render({ kind: 'rag', ...row.overall }) },
        ...ragDimensions.map((dimension) => ({ key: ragOrder[row.rag[dimension].rag], content: render({ kind: 'rag', ...row.rag[dimension] }) })),
        { key: row.progress ?? missing, content: render({ kind: 'progress', text: formatRatio(row.progress), history: row.history }) },
        {
          key: row.nextMilestone ? Date.parse(row.nextMilestone.due) : missing,
          content: render(
            row.nextMilestone ? { kind: 'milestone', key: row.nextMilestone.key, due: row.nextMilestone.due } : { kind: 'text', text: 'None due' },
          ),
        },
        { key: row.overdueMilestones, content: render({ kind: 'text', text: String(row.overdueMilestones) }) },
        { key: changes.pending.sortKey, content: render(changes.pending.cell) },
        { key: changes.slips.sortKey, content: render(changes.slips.cell) },
        // Critical risks outweigh any number of high ones.
        {
          key: row.openCriticalRisks * 1_000_000 + row.openHighRisks,
          content: render({ kind: 'text', text: `${row.openCriticalRisks} critical, ${row.openHighRisks} high` }),
        },
        { key: row.complianceScore ?? missing, content: render({ kind: 'text', text: formatRatio(row.complianceScore, 'Not evaluated') }) },
        // Sorted by the weaker of the two indices: the one that needs attention.
        {
          key: row.cpi === null && row.spi === null ? missing : Math.min(row.cpi ?? Infinity, row.spi ?? Infinity),
          content: render({ kind: 'text', text: `${formatIndex(row.cpi)} / ${formatIndex(row.spi)}` }),
        },
        { key: row.trend.rank, content: render({ kind: 'trend', arrow: row.trend.arrow, label: row.trend.label }) },
        { key: row.fromIntake.length === 0 ? missing : row.fromIntake.length, content: render({ kind: 'intake', proposals: row.fromIntake }) },
      ],
    };
  });
  return { head, rows: body };
}
