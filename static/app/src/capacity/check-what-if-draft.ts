import type { WhatIfCapacityPayload } from '../../../../src/contract/capacity-payloads';
import { parseQuarter } from '../../../../src/domain/capacity';
import type { WhatIfCandidate } from './what-if-candidate';
import type { WhatIfDraft } from './what-if-draft';

/** A scenario the what-if may send, or the proposal and field to fix and what to say. */
export type WhatIfDraftCheck =
  | { readonly ok: true; readonly payload: WhatIfCapacityPayload }
  | { readonly ok: false; readonly key: string; readonly field: 'program' | 'estimate' | 'quarter'; readonly message: string };

/**
 * Checks the ticked proposals before a what-if is asked: each needs an estimate (a number of 0 or more, in its
 * program's unit), the quarter it would run in (`yyyy-Qn`) and a program (its project's, or the one the reader chose).
 * Only ticked proposals are sent.
 *
 * @example
 * checkWhatIfDraft([idea3], { 'IDEA-3': { ticked: true, estimate: '20', quarter: '2027-q2', program: null } });
 * // { ok: true, payload: { proposals: [{ id: 'IDEA-3', program: 'Digital', estimate: 20, runs: { kind: 'quarters', quarters: ['2027-Q2'] } }], selectedIds: ['IDEA-3'] } }
 */
export function checkWhatIfDraft(candidates: readonly WhatIfCandidate[], drafts: Readonly<Record<string, WhatIfDraft>>): WhatIfDraftCheck {
  const proposals: WhatIfCapacityPayload['proposals'][number][] = [];
  for (const candidate of candidates) {
    const draft = drafts[candidate.key];
    if (draft === undefined || !draft.ticked) continue;
    const program = candidate.program ?? draft.program;
    if (program === null) return { ok: false, key: candidate.key, field: 'program', message: `Choose the program ${candidate.key} would land in.` };
    const estimate = Number(draft.estimate.trim());
    if (draft.estimate.trim() === '' || !Number.isFinite(estimate) || estimate < 0) {
      return { ok: false, key: candidate.key, field: 'estimate', message: `The estimate of ${candidate.key} must be a number of 0 or more.` };
    }
    const quarter = parseQuarter(draft.quarter);
    if (quarter === null) {
      return { ok: false, key: candidate.key, field: 'quarter', message: `The quarter of ${candidate.key} must be written like 2027-Q2.` };
    }
    proposals.push({ id: candidate.key, program, estimate, runs: { kind: 'quarters', quarters: [quarter] } });
  }
  return { ok: true, payload: { proposals, selectedIds: proposals.map((proposal) => proposal.id) } };
}
