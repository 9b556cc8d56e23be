import type { Rag } from '../rag/rag';
import type { RagTrend } from './rag-trend';

const severity: Readonly<Record<Exclude<Rag, 'grey'>, number>> = { green: 0, amber: 1, red: 2 };

/**
 * Compares a RAG colour between two snapshots. Moving to or from grey cannot be called better or worse: it means
 * data appeared or disappeared.
 *
 * @example
 * compareRag('amber', 'green'); // { previous: 'amber', current: 'green', changed: true, assessment: 'better' }
 * compareRag('grey', 'red');    // { previous: 'grey', current: 'red', changed: true, assessment: 'unknown' }
 */
export function compareRag(previous: Rag, current: Rag): RagTrend {
  const changed = previous !== current;
  if (!changed) {
    return { previous, current, changed, assessment: 'unchanged' };
  }
  if (previous === 'grey' || current === 'grey') {
    return { previous, current, changed, assessment: 'unknown' };
  }
  return { previous, current, changed, assessment: severity[current] < severity[previous] ? 'better' : 'worse' };
}
