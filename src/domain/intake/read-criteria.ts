import type { ScoringInputs } from './criterion-input';
import type { ScorePart } from './proposal-score';
import type { ScoringCriterion } from './scoring-criterion';
import { formatScoreNumber } from './format-score-number';

/** A model's criteria as one proposal gives them: the parts, who is missing, and the first unusable value. */
export interface ReadCriteria {
  readonly parts: readonly ScorePart[];
  readonly missing: readonly string[];
  /** The first value that is not finite or lies off its scale, described; null when all given values are usable. */
  readonly problem: string | null;
  /** The usable values by criterion id. */
  readonly values: ReadonlyMap<string, number>;
}

/**
 * Looks up each criterion's input. A criterion without an own entry in `inputs` is missing; an explicit 0 is kept.
 * `required` says which criteria must have a value (a weighted model's criteria weighted 0 need none). `allowZero` lets
 * a divisor's 0 through so the scorer can name it as the reason, instead of calling it off the scale.
 */
export function readCriteria(
  criteria: readonly ScoringCriterion[],
  inputs: ScoringInputs,
  required: (criterion: ScoringCriterion) => boolean,
  allowZero: (criterion: ScoringCriterion) => boolean = () => false,
): ReadCriteria {
  const parts: ScorePart[] = [];
  const missing: string[] = [];
  const values = new Map<string, number>();
  let problem: string | null = null;
  for (const criterion of criteria) {
    const input = Object.hasOwn(inputs, criterion.id) ? inputs[criterion.id] : undefined;
    parts.push({ criterionId: criterion.id, name: criterion.name, value: input?.value ?? null, source: input?.source ?? null, points: null });
    if (input === undefined) {
      if (required(criterion)) missing.push(criterion.name);
      continue;
    }
    const { value } = input;
    const { min, max } = criterion.scale;
    if (!Number.isFinite(value)) {
      problem ??= `${criterion.name} is not a number`;
    } else if ((value < min || value > max) && !(value === 0 && allowZero(criterion))) {
      problem ??= `${criterion.name} ${formatScoreNumber(value)} is outside its scale ${formatScoreNumber(min)}..${formatScoreNumber(max)}`;
    } else {
      values.set(criterion.id, value === 0 ? 0 : value);
    }
  }
  return { parts, missing, problem, values };
}
