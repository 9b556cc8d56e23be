import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { Template } from '../template/template';
import { startedPhases } from '../template/started-phases';
import { parseInstant } from '../time/parse-instant';
import { todayOf } from '../time/today-of';
import type { WorkItem } from '../work-item/work-item';
import type { RuleContext } from './rule-context';

/**
 * The context a template's item rules are evaluated in at `now`, with phase starts read from `phaseItems`.
 *
 * @throws RangeError when `now` is not an ISO 8601 date-time.
 * @example
 * ruleContextFor(template, items, '2026-03-10T09:00:00Z').today; // the day number of 2026-03-10
 */
export function ruleContextFor(
  template: Template,
  phaseItems: readonly WorkItem[],
  now: string,
  jqlMatches: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): RuleContext {
  const today = todayOf(now);
  const instant = parseInstant(now);
  if (instant === null) throw new RangeError(`now must be an ISO 8601 date-time with an offset, got "${now}"`);
  return {
    now: instant,
    today,
    classifyRaid: makeRaidClassifier(template.raidPolicy.mapping),
    startedPhases: startedPhases(template.phases, phaseItems, today),
    jqlMatches,
  };
}
