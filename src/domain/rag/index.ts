/** Public entry point of the domain's rag feature. RAG: the colours, the dimensions a project is rated on, and the policy that decides them. */
export { ragDimensions } from './rag-dimension';
export type { RagDimension } from './rag-dimension';
export type { RagPolicy } from './rag-policy';
export { ragsWorstFirst } from './rags-worst-first';
export { rags } from './rag';
export type { Rag } from './rag';
