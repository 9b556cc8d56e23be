import type { ChangeControlInputs } from '../../../src/domain/change-control/change-control-inputs';
import type { ComplianceRule } from '../../../src/domain/compliance/compliance-rule';
import type { RuleContext } from '../../../src/domain/compliance/rule-context';
import { makeRaidClassifier } from '../../../src/domain/raid/make-raid-classifier';
import { defaultRaidMapping } from '../../../src/domain/raid/default-raid-mapping';
import { parseInstant } from '../../../src/domain/time/parse-instant';
import { todayOf } from '../../../src/domain/time/today-of';

/** The instant the rule tables are evaluated at. */
export const ruleNow = '2026-03-10T12:00:00.000Z';

/**
 * A rule context at `ruleNow` with the default RAID mapping, the given phases started, and the project's change control
 * (null: not known).
 */
export function aRuleContext(started: readonly string[] = [], changeControl: ChangeControlInputs | null = null): RuleContext {
  return {
    now: parseInstant(ruleNow)!,
    today: todayOf(ruleNow),
    classifyRaid: makeRaidClassifier(defaultRaidMapping),
    startedPhases: new Set(started),
    jqlMatches: new Map(),
    changeControl,
  };
}

/** The shared part of a rule, for tables that care only about the kind's own settings. */
export const ruleBase = { id: 'r1', title: 'Rule one', severity: 'major', fix: 'Fix it.' } as const satisfies Partial<ComplianceRule>;

/** A scope covering every item. */
export const anyScope = { issueTypes: [], statusCategories: [] };
