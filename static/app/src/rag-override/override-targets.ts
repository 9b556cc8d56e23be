import type { RagOverrideTarget } from '../../../../src/domain/rag-override';

/** What can be set by hand, in the order the project page lists it: the overall colour first, then the dimensions. */
export const overrideTargets: readonly { readonly target: RagOverrideTarget; readonly label: string }[] = [
  { target: 'overall', label: 'Overall' },
  { target: 'schedule', label: 'Schedule' },
  { target: 'scope', label: 'Scope' },
  { target: 'cost', label: 'Cost' },
  { target: 'risk', label: 'Risk' },
  { target: 'compliance', label: 'Compliance' },
];
