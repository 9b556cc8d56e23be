import type { ChangeControlSummary } from '../../../../src/domain/change-control';
import type { PortfolioCell } from './build-portfolio-table';

/** One change control column's cell and the value it sorts by ('' sorts a missing figure last). */
export interface ChangeControlColumn {
  readonly sortKey: number | string;
  readonly cell: PortfolioCell;
}

const notComputed: PortfolioCell = {
  kind: 'unknown',
  short: 'Not computed yet',
  explanation: 'Change control is worked out at this project’s next refresh.',
};
const noBaseline: PortfolioCell = {
  kind: 'unknown',
  short: 'No approved baseline',
  explanation: 'Slips are counted against an approved baseline, and none is approved for this project yet.',
};

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** A count of pending changes, ranked by how many and then by how long the oldest has waited. */
function pendingColumn(summary: ChangeControlSummary): ChangeControlColumn {
  const waited = summary.oldestPendingDays;
  return {
    sortKey: summary.pending * 100_000 + Math.min(waited ?? 0, 99_999),
    // Change requests wait for a decision with or without an approved baseline, so they are counted either way.
    cell: { kind: 'text', text: summary.pending === 0 || waited === null ? String(summary.pending) : `${summary.pending}, oldest ${days(waited)}` },
  };
}

/**
 * The portfolio's "Pending changes" and "Uncontrolled slips" cells for one project. A project whose change control is
 * not computed yet shows "—" in both with the reason, never 0; without an approved baseline the slips show "—" too,
 * since a slip is measured against one, while pending change requests are still counted.
 *
 * @example
 * describeChangeControl({ ...summary, pending: 2, oldestPendingDays: 12 }).pending.cell;
 * // => { kind: 'text', text: '2, oldest 12 days' }
 * describeChangeControl(null).slips.cell; // => { kind: 'unknown', short: 'Not computed yet', explanation: '…' }
 */
export function describeChangeControl(summary: ChangeControlSummary | null): {
  readonly pending: ChangeControlColumn;
  readonly slips: ChangeControlColumn;
} {
  if (summary === null) {
    const unknown: ChangeControlColumn = { sortKey: '', cell: notComputed };
    return { pending: unknown, slips: unknown };
  }
  const slips: ChangeControlColumn =
    summary.baselineVersion === null
      ? { sortKey: '', cell: noBaseline }
      : {
          sortKey: summary.uncontrolledSlips,
          cell: {
            kind: 'slips',
            count: summary.uncontrolledSlips,
            slips: summary.slips,
            unlisted: Math.max(0, summary.uncontrolledSlips - summary.slips.length),
          },
        };
  return { pending: pendingColumn(summary), slips };
}
