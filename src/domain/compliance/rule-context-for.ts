import type { ChangeControlRecords } from '../change-control/change-control-records';
import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { Template } from '../template/template';
import { startedPhases } from '../template/started-phases';
import { parseInstant } from '../time/parse-instant';
import { todayOf } from '../time/today-of';
import type { WorkItem } from '../work-item/work-item';
import type { RuleContext } from './rule-context';

/**
 * The context a template's rules are evaluated in at `now`, with phase starts read from `phaseItems` and the project's
 * change control records (judged by the template's change policy) when they are known.
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
  changeControl: ChangeControlRecords | null = null,
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
    changeControl: changeControl === null ? null : { ...changeControl, policy: template.changePolicy },
  };
}
