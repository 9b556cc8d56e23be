import { assertNever } from '../assert-never';
import type { OverallRagMode } from './overall-rag-mode';
import type { Rag } from './rag';

function rankOf(rag: Rag, mode: OverallRagMode): number {
  switch (rag) {
    case 'green':
      return 1;
    case 'grey':
      // Ignored entirely in 'worst-of-non-grey'; in 'worst', missing data stops a green but not an amber.
      return mode === 'worst' ? 2 : 0;
    case 'amber':
      return 3;
    case 'red':
      return 4;
    default:
      return assertNever(rag);
  }
}

/**
 * The worst of several colours (see `OverallRagMode` for how grey counts). Grey when there is nothing to judge.
 *
 * @example
 * worstRag(['green', 'amber', 'grey']);          // 'amber'
 * worstRag(['green', 'grey']);                   // 'green'
 * worstRag(['green', 'grey'], 'worst');          // 'grey'
 * worstRag([]);                                  // 'grey'
 */
export function worstRag(colours: readonly Rag[], mode: OverallRagMode = 'worst-of-non-grey'): Rag {
  let worst: Rag = 'grey';
  let worstRank = 0;
  for (const colour of colours) {
    const rank = rankOf(colour, mode);
    if (rank > worstRank) {
      worst = colour;
      worstRank = rank;
    }
  }
  return worst;
}
