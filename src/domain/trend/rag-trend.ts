import type { Rag } from '../rag/rag';
import type { TrendAssessment } from './trend-assessment';

/** How a RAG colour changed between two snapshots. */
export interface RagTrend {
  readonly previous: Rag;
  readonly current: Rag;
  readonly changed: boolean;
  readonly assessment: TrendAssessment;
}
