import type { Rag } from '../rag/rag';
import { ragDimensions, type RagDimension } from '../rag/rag-dimension';
import { ragsWorstFirst } from '../rag/rags-worst-first';
import type { HeadlineSentence, ReportHeadline, ReportProjectRow } from './status-report';

const ragOrder: Readonly<Record<Rag, number>> = { red: 3, amber: 2, green: 1, grey: 0 };
const dimensionWords: Readonly<Record<RagDimension, string>> = { schedule: 'Schedule', scope: 'Scope', cost: 'Cost', risk: 'Risk', compliance: 'Compliance' };

function worst(rags: readonly Rag[]): Rag {
  return rags.reduce<Rag>((acc, rag) => (ragOrder[rag] > ragOrder[acc] ? rag : acc), 'grey');
}

function countWords(rows: readonly ReportProjectRow[]): string {
  const n = rows.length;
  if (n === 0) return 'No project in scope that you may see has a roll-up yet.';
  const parts = ragsWorstFirst
    .map((rag) => ({ rag, count: rows.filter((row) => row.overall.rag === rag).length }))
    .filter((part) => part.count > 0)
    .map((part) => `${String(part.count)} ${part.rag === 'grey' ? 'without data' : part.rag}`);
  return `${String(n)} ${n === 1 ? 'project' : 'projects'}: ${parts.join(', ')}.`;
}

/**
 * The report's headline: the overall colour (the worst project's), a count of projects by colour, and one sentence per
 * red or amber dimension naming each project at that colour with the reason its roll-up gives.
 *
 * @example
 * buildHeadline([alphaRow]);
 * // { overall: 'red', summary: '1 project: 1 red.',
 * //   sentences: [{ dimension: 'schedule', rag: 'red', text: 'Schedule is red: Alpha Mobile: 1 milestone overdue.' }] }
 */
export function buildHeadline(rows: readonly ReportProjectRow[]): ReportHeadline {
  const sentences: HeadlineSentence[] = [];
  for (const dimension of ragDimensions) {
    const rag = worst(rows.map((row) => row.rag[dimension].rag));
    if (rag !== 'red' && rag !== 'amber') continue;
    const why = rows
      .filter((row) => row.rag[dimension].rag === rag)
      .map((row) => `${row.name}: ${row.rag[dimension].reason.replace(/\.$/, '')}`)
      .join('; ');
    sentences.push({ dimension, rag, text: `${dimensionWords[dimension]} is ${rag}: ${why}.` });
  }
  sentences.sort((a, b) => ragOrder[b.rag] - ragOrder[a.rag]);
  return { overall: worst(rows.map((row) => row.overall.rag)), summary: countWords(rows), sentences };
}
