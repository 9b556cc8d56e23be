import type { Rag } from '../rag/rag';

/** One day of a project's history, small enough to keep ninety of them in one stored value. */
export interface HistoryPoint {
  /** The calendar day (UTC, `yyyy-mm-dd`). */
  readonly day: string;
  /** Progress by estimate where the project estimates, else by count; null with no work items. */
  readonly progress: number | null;
  readonly overall: Rag;
}
