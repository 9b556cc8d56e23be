import type { Rag } from '../../../../src/domain/rag';
import type { PortfolioRow } from './to-portfolio-rows';

/** What the reader narrowed the portfolio to; null shows everything. `lead` is an account id, or '' for no lead. */
export interface PortfolioFilter {
  readonly program: string | null;
  readonly overall: Rag | null;
  readonly lead: string | null;
}

/** The filter that shows every project. */
export const noPortfolioFilter: PortfolioFilter = { program: null, overall: null, lead: null };

/**
 * The rows that pass every chosen filter.
 *
 * @example
 * filterPortfolioRows(rows, { program: 'Core Platforms', overall: 'red', lead: null }); // red projects of that program
 */
export function filterPortfolioRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  return rows.filter(
    (row) =>
      (filter.program === null || row.program === filter.program) &&
      (filter.overall === null || row.overall.rag === filter.overall) &&
      (filter.lead === null || (row.leadId ?? '') === filter.lead),
  );
}
