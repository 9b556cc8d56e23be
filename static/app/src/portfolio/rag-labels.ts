import type { Rag } from '../../../../src/domain/rag';

/** Each colour in the words a lozenge, a filter and an export show; grey is "no data", not a fourth colour. */
export const ragLabels: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'No data' };
