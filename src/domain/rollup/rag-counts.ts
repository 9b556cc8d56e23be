import type { Rag } from '../rag/rag';

/** How many projects have each colour. */
export type RagCounts = Readonly<Record<Rag, number>>;
