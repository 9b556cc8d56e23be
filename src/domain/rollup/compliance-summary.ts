/**
 * Compliance with the governance template as a roll-up shows it. Until a template has been evaluated the summary is
 * neutral (`not-evaluated`, score null), which the compliance RAG shows as grey rather than as a pass or a fail.
 */
export interface ComplianceSummary {
  readonly status: 'evaluated' | 'not-evaluated';
  readonly score: number | null;
  readonly passed: number;
  readonly checked: number;
}
