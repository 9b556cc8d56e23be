import type { ComplianceInput } from './compliance-input';
import type { ComplianceSummary } from './compliance-summary';

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/**
 * The compliance part of a roll-up: the template evaluation's result when there is one, a neutral "not evaluated"
 * otherwise.
 *
 * @throws RangeError when the score is outside 0..1 or the counts are not whole numbers with passed <= checked: an
 *   evaluation that breaks those rules is a defect to surface, not a figure to show an executive.
 * @example
 * complianceSummaryOf(null);                                   // { status: 'not-evaluated', score: null, passed: 0, checked: 0 }
 * complianceSummaryOf({ score: 0.9, passed: 9, checked: 10 }); // { status: 'evaluated', score: 0.9, passed: 9, checked: 10 }
 */
export function complianceSummaryOf(input: ComplianceInput | null | undefined): ComplianceSummary {
  if (input === null || input === undefined) {
    return { status: 'not-evaluated', score: null, passed: 0, checked: 0 };
  }
  const { score, passed, checked } = input;
  if (!(score >= 0 && score <= 1) || !isCount(passed) || !isCount(checked) || passed > checked) {
    throw new RangeError(`Invalid compliance result: score ${String(score)}, passed ${String(passed)} of ${String(checked)}`);
  }
  return { status: 'evaluated', score, passed, checked };
}
