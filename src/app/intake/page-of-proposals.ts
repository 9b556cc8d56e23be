import type { IntakeBoardPageDto } from '../../contract/intake-board-page-dto';
import type { IntakeBoardQuery } from '../../contract/intake-board-query';
import { openIntakeStages } from '../../domain/intake/intake-stage';

/** How many proposals a page holds when the query names no limit. */
const defaultIntakePageSize = 100;

interface Filterable {
  readonly program: string | null;
  readonly theme: string | null;
  readonly stage: string;
}

/**
 * The page of a ranked list a query asks for: the entries matching every filter it gives, in list order, from its
 * offset, at most its limit; with how many matched, so the caller can offer the rest.
 *
 * @example
 * pageOfProposals(ranked, { stage: 'open', limit: 2 }); // { proposals: [first two open], page: { offset: 0, limit: 2, matching: 7, total: 13 } }
 */
export function pageOfProposals<T extends Filterable>(
  ranked: readonly T[],
  query: IntakeBoardQuery,
): { readonly proposals: readonly T[]; readonly page: IntakeBoardPageDto } {
  const stages: readonly string[] = query.stage === undefined ? [] : query.stage === 'open' ? openIntakeStages : [query.stage];
  const matching = ranked.filter(
    (entry) =>
      (query.program === undefined || entry.program === query.program) &&
      (query.theme === undefined || entry.theme === query.theme) &&
      (stages.length === 0 || stages.includes(entry.stage)),
  );
  const offset = query.offset ?? 0;
  const limit = query.limit ?? defaultIntakePageSize;
  return { proposals: matching.slice(offset, offset + limit), page: { offset, limit, matching: matching.length, total: ranked.length } };
}
