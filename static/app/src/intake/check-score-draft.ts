import type { ScoreProposalPayload } from '../../../../src/contract/intake-payloads';
import type { ScoringCriterion } from '../../../../src/domain/intake';

/** Reviewer scores the form may send, or the criterion to fix and what to say. */
export type ScoreDraftCheck =
  { readonly ok: true; readonly payload: ScoreProposalPayload } | { readonly ok: false; readonly criterionId: string; readonly message: string };

/**
 * Checks reviewer scores before they are sent: each filled-in value is a number within its criterion's scale (one of
 * its steps when it has them); an empty field is left out, and at least one value is needed.
 *
 * @example
 * checkScoreDraft('IDEA-1', [jobSize], { 'job-size': 'five' }); // { ok: false, criterionId: 'job-size', message: 'Job Size must be a number from 1 to 20.' }
 */
export function checkScoreDraft(proposalKey: string, criteria: readonly ScoringCriterion[], entered: Readonly<Record<string, string>>): ScoreDraftCheck {
  const scores: { criterionId: string; value: number }[] = [];
  for (const criterion of criteria) {
    const text = (entered[criterion.id] ?? '').trim();
    if (text === '') continue;
    const value = Number(text);
    const { min, max, steps } = criterion.scale;
    if (!Number.isFinite(value) || value < min || value > max) {
      return { ok: false, criterionId: criterion.id, message: `${criterion.name} must be a number from ${min} to ${max}.` };
    }
    if (steps !== undefined && steps.length > 0 && !steps.includes(value)) {
      return { ok: false, criterionId: criterion.id, message: `${criterion.name} must be one of ${steps.join(', ')}.` };
    }
    scores.push({ criterionId: criterion.id, value });
  }
  const first = criteria[0];
  if (scores.length === 0) return { ok: false, criterionId: first?.id ?? '', message: 'Enter at least one score.' };
  return { ok: true, payload: { proposalKey, scores } };
}
