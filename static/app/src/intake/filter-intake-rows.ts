import type { IntakeFilter } from './intake-filter';
import type { IntakeRow } from './intake-row';

/**
 * The rows a filter keeps, in the same order; a null field keeps every row.
 *
 * @example
 * filterIntakeRows(rows, { program: 'Digital', theme: null, stage: 'screening' });
 */
export function filterIntakeRows(rows: readonly IntakeRow[], filter: IntakeFilter): readonly IntakeRow[] {
  return rows.filter(
    (row) =>
      (filter.program === null || row.program === filter.program) &&
      (filter.theme === null || row.theme === filter.theme) &&
      (filter.stage === null || row.stage === filter.stage),
  );
}
