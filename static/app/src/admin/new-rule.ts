import { assertNever } from '../../../../src/domain/assert-never';
import type { ComplianceRule } from '../../../../src/domain/compliance/compliance-rule';
import type { RuleKind } from '../../../../src/domain/compliance/rule-kind';
import { ruleKindLabels } from './rule-kind-labels';
import { uniqueId } from './unique-id';

const everyItem = { issueTypes: [], statusCategories: [] };
const anySelector = { issueTypes: [], statusCategories: [], labels: [] };

/**
 * A new rule of the kind with sensible settings, an id not yet used in the template, and the first phase for a gate.
 *
 * @example
 * newRule('owner-required', ['owner-required'], []).id; // 'owner-required-2'
 */
export function newRule(kind: RuleKind, takenIds: readonly string[], phases: readonly string[]): ComplianceRule {
  const base = { id: uniqueId(kind, takenIds), title: ruleKindLabels[kind], severity: 'major' as const, fix: 'Describe how the owner fixes it.' };
  switch (kind) {
    case 'field-required':
      return { ...base, kind, field: 'assignee', scope: everyItem };
    case 'due-date-required':
    case 'not-overdue':
    case 'owner-required':
      return { ...base, kind, scope: everyItem };
    case 'no-stale-progress':
      return { ...base, kind, maxDays: 14, scope: everyItem };
    case 'link-required':
      return { ...base, kind, linkType: 'any', parentCounts: true, scope: everyItem };
    case 'mitigation-required':
      return { ...base, kind, minScore: 10 };
    case 'raid-review':
      return { ...base, kind, maxDays: 30, raidKinds: [] };
    case 'gate-criteria':
      return { ...base, kind, phase: phases[0] ?? '', required: anySelector };
    case 'project-count':
      return { ...base, kind, selector: anySelector, min: 1, max: null };
    case 'jql':
      return { ...base, kind, jql: 'status = Blocked' };
    default:
      return assertNever(kind);
  }
}
