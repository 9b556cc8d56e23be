import { rags, type Rag } from './rag';

/** The colours in the order a count of them is read: the judged ones from worst to best, then grey (no data). */
export const ragsWorstFirst: readonly Rag[] = [...rags.filter((rag) => rag !== 'grey').reverse(), 'grey'];
