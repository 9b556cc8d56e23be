/** Red, amber, green, and grey for "no data to judge by". */
export const rags = ['green', 'amber', 'red', 'grey'] as const;

/** A RAG status. Grey means there is no data to judge by, which is different from green. */
export type Rag = (typeof rags)[number];
