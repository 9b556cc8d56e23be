import type { IntakeBoardQuery } from '../../../../src/contract/intake-board-query';
import type { IntakeFilter } from './intake-filter';
import { noProgramLabel } from './no-program-label';

/**
 * The board query for a filter as the board shows it and a page: "All" asks for no filter, "No program" for proposals
 * in no program.
 *
 * @example
 * toBoardQuery({ program: 'No program', theme: null, stage: 'screening' }, 100, 100);
 * // { program: null, stage: 'screening', offset: 100, limit: 100 }
 */
export function toBoardQuery(filter: IntakeFilter, offset: number, limit: number): IntakeBoardQuery {
  return {
    ...(filter.program === null ? {} : { program: filter.program === noProgramLabel ? null : filter.program }),
    ...(filter.theme === null ? {} : { theme: filter.theme }),
    ...(filter.stage === null ? {} : { stage: filter.stage }),
    offset,
    limit,
  };
}
