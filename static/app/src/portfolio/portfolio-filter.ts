import type { Rag } from '../../../../src/domain/rag';
import type { ChangeControlFlag } from './change-control-flag';
import { hasChangeControlFlag } from './has-change-control-flag';
import type { PortfolioRow } from './to-portfolio-rows';

/**
 * What the reader narrowed the portfolio to; null shows everything. `lead` is an account id, or '' for no lead.
 * `changes` are change control conditions a project must all show; none chosen shows everything.
 */
export interface PortfolioFilter {
  readonly program: string | null;
  readonly overall: Rag | null;
  readonly lead: string | null;
  readonly changes: readonly ChangeControlFlag[];
}

/** The filter that shows every project. */
export const noPortfolioFilter: PortfolioFilter = { program: null, overall: null, lead: null, changes: [] };

/**
 * The rows that pass every chosen filter.
 *
 * @example
 * filterPortfolioRows(rows, { program: 'Core Platforms', overall: 'red', lead: null, changes: [] }); // red projects of that program
 * filterPortfolioRows(rows, { ...noPortfolioFilter, changes: ['uncontrolled-slips'] }); // projects with uncontrolled slips
 */
export function filterPortfolioRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  return rows.filter(
    (row) =>
      (filter.program === null || row.program === filter.program) &&
      (filter.overall === null || row.overall.rag === filter.overall) &&
      (filter.lead === null || (row.leadId ?? '') === filter.lead) &&
      filter.changes.every((flag) => hasChangeControlFlag(row.changeControl, flag)),
  );
}
