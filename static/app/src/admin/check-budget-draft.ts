import type { JiraPlan, PointsBudgetSetting, PointsTier } from '../../../../src/domain/points';
import { formatCount } from '../points/format-count';

/** The budget form as typed: numbers stay text until checked, so a half-typed value is not lost. */
export interface BudgetDraft {
  readonly tier: PointsTier;
  readonly plan: JiraPlan;
  readonly users: string;
  readonly pointsPerHour: string;
}

export type BudgetDraftProblems = Partial<Record<'users' | 'pointsPerHour', string>>;

// The app refuses anything outside these (BAD_REQUEST); the form says so first, beside the field.
const limits = {
  users: { min: 0, max: 10_000_000, name: 'The number of users' },
  pointsPerHour: { min: 100, max: 10_000_000, name: 'Points an hour' },
} as const;

function wholeNumber(text: string, field: keyof typeof limits): number | string {
  const { min, max, name } = limits[field];
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return `${name} is needed.`;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || !Number.isInteger(value)) return `${name} must be a whole number.`;
  if (value < min || value > max) return `${name} must be between ${formatCount(min)} and ${formatCount(max)}.`;
  return value;
}

/**
 * The setting the draft stands for, or what is wrong with it in words for each field; only the fields its tier uses
 * are checked.
 *
 * @example
 * checkBudgetDraft({ tier: 'tier2', plan: 'standard', users: '1,000', pointsPerHour: '' });
 * // => { ok: true, setting: { tier: 'tier2', plan: 'standard', users: 1000 } }
 */
export function checkBudgetDraft(
  draft: BudgetDraft,
): { readonly ok: true; readonly setting: PointsBudgetSetting } | { readonly ok: false; readonly problems: BudgetDraftProblems } {
  switch (draft.tier) {
    case 'tier1':
      return { ok: true, setting: { tier: 'tier1' } };
    case 'tier2': {
      const users = wholeNumber(draft.users, 'users');
      return typeof users === 'string' ? { ok: false, problems: { users } } : { ok: true, setting: { tier: 'tier2', plan: draft.plan, users } };
    }
    case 'custom': {
      const pointsPerHour = wholeNumber(draft.pointsPerHour, 'pointsPerHour');
      return typeof pointsPerHour === 'string' ? { ok: false, problems: { pointsPerHour } } : { ok: true, setting: { tier: 'custom', pointsPerHour } };
    }
  }
}
