import type { ComplianceRule } from '../compliance/compliance-rule';
import { DEFAULT_RAID_REVIEW_DAYS } from './is-stale-raid';
import type { RaidKind } from './raid-kind';

/**
 * The review cadence a template sets for RAID items of `kind`: the shortest `maxDays` of its RAID review rules that
 * cover the kind (a rule with no kinds listed covers all), or `DEFAULT_RAID_REVIEW_DAYS` when no rule does. The RAID
 * views mark "review overdue" by it, so they flag exactly the items the rule counts as violations.
 *
 * @example
 * raidReviewDays([{ kind: 'raid-review', maxDays: 30, raidKinds: ['risk'], ...base }], 'risk');        // 30
 * raidReviewDays([{ kind: 'raid-review', maxDays: 30, raidKinds: ['risk'], ...base }], 'assumption');  // 14
 */
export function raidReviewDays(rules: readonly ComplianceRule[], kind: RaidKind): number {
  let days: number | null = null;
  for (const rule of rules) {
    if (rule.kind !== 'raid-review' || (rule.raidKinds.length > 0 && !rule.raidKinds.includes(kind))) continue;
    days = days === null ? rule.maxDays : Math.min(days, rule.maxDays);
  }
  return days ?? DEFAULT_RAID_REVIEW_DAYS;
}
