import {
  valueEffortRoles,
  wsjfRoles,
  type CriterionScale,
  type ScoringModel,
  type ScoringCriterion,
  type ValueEffortRole,
  type WsjfRole,
} from '../../../../src/domain/intake';
import type { PathProblem } from './path-problem';
import type { CriterionDraft, ScoringModelDraft } from './scoring-model-draft';

/** The model a draft stands for, or every problem found with the path the server would name. */
export type ScoringModelDraftCheck = { readonly ok: true; readonly model: ScoringModel } | { readonly ok: false; readonly problems: readonly PathProblem[] };

/** A number typed in a field, or why it is not one. */
function numberIn(text: string, what: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return `${what} is needed`;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : `${what} must be a number`;
}

function scaleOf(c: CriterionDraft, at: string, problems: PathProblem[]): CriterionScale {
  const min = numberIn(c.min, 'min');
  const max = numberIn(c.max, 'max');
  if (typeof min === 'string') problems.push({ path: `${at}.scale.min`, message: min });
  else if (min < 0) problems.push({ path: `${at}.scale.min`, message: 'must not be below 0' });
  if (typeof max === 'string') problems.push({ path: `${at}.scale.max`, message: max });
  if (typeof min === 'number' && typeof max === 'number' && min >= max)
    problems.push({ path: `${at}.scale.min`, message: `min (${String(min)}) must be below max (${String(max)})` });
  const written = c.steps
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const steps = written.map(Number);
  if (steps.some((s) => !Number.isFinite(s))) problems.push({ path: `${at}.scale.steps`, message: 'steps must be numbers, separated by commas' });
  const scale = { min: typeof min === 'number' ? min : 0, max: typeof max === 'number' ? max : 0 };
  return written.length === 0 ? scale : { ...scale, steps };
}

function criterionOf(c: CriterionDraft, at: string, problems: PathProblem[]): ScoringCriterion {
  if (c.name.trim() === '') problems.push({ path: `${at}.name`, message: 'name must not be empty' });
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(c.id))
    problems.push({ path: `${at}.id`, message: 'id must be 1-64 letters, digits, dashes or underscores, starting with a letter' });
  return { id: c.id, name: c.name.trim(), scale: scaleOf(c, at, problems), jiraField: c.jiraField.trim() === '' ? null : c.jiraField.trim() };
}

function roleOf<Role extends string>(roles: readonly [Role, ...Role[]], c: CriterionDraft, at: string, problems: PathProblem[]): Role {
  const role = roles.find((r) => r === c.role);
  if (role !== undefined) return role;
  problems.push({ path: `${at}.role`, message: `role must be one of ${roles.join(', ')}` });
  return roles[0];
}

/**
 * Checks what can be told from the fields alone before anything is sent (numbers that are not numbers, a negative
 * weight, a scale whose min is not below its max, weights summing to zero, an empty name); the server validates the
 * whole model again and names any further problem by the same paths.
 *
 * @example
 * checkScoringModelDraft({ ...draft, criteria: [{ ...draft.criteria[0], weight: 'heavy' }] }, 1);
 * // { ok: false, problems: [{ path: 'criteria.0.weight', message: 'weight must be a number' }] }
 */
export function checkScoringModelDraft(draft: ScoringModelDraft, version: number): ScoringModelDraftCheck {
  const problems: PathProblem[] = [];
  if (draft.name.trim() === '') problems.push({ path: 'name', message: 'name must not be empty' });
  const statusStages = draft.statusStages.map((s, index) => {
    if (s.status.trim() === '') problems.push({ path: `statusStages.${String(index)}.status`, message: 'status must not be empty' });
    return { status: s.status.trim(), stage: s.stage };
  });
  const base = { id: draft.id, name: draft.name.trim(), version, ...(statusStages.length > 0 ? { statusStages } : {}) };
  const at = (index: number) => `criteria.${String(index)}`;
  let model: ScoringModel;
  if (draft.kind === 'weighted') {
    const criteria = draft.criteria.map((c, index) => {
      const weight = numberIn(c.weight, 'weight');
      if (typeof weight === 'string') problems.push({ path: `${at(index)}.weight`, message: weight });
      else if (weight < 0) problems.push({ path: `${at(index)}.weight`, message: 'weight must not be negative' });
      return { ...criterionOf(c, at(index), problems), weight: typeof weight === 'number' ? weight : 0, inverted: c.inverted };
    });
    if (criteria.length > 0 && criteria.every((c) => c.weight === 0) && problems.length === 0)
      problems.push({ path: 'criteria', message: 'the weights sum to zero: at least one criterion needs a weight above 0' });
    model = { ...base, kind: 'weighted', criteria };
  } else if (draft.kind === 'wsjf') {
    const criteria = draft.criteria.map((c, index) => ({ ...criterionOf(c, at(index), problems), role: roleOf<WsjfRole>(wsjfRoles, c, at(index), problems) }));
    model = { ...base, kind: 'wsjf', criteria };
  } else {
    const criteria = draft.criteria.map((c, index) => ({
      ...criterionOf(c, at(index), problems),
      role: roleOf<ValueEffortRole>(valueEffortRoles, c, at(index), problems),
    }));
    model = { ...base, kind: 'value-effort', criteria };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, model };
}
