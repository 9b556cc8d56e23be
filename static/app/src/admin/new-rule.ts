import { ruleKindRegistry, type ComplianceRule, type RuleKind } from '../../../../src/domain/compliance';
import { uniqueId } from './unique-id';

/**
 * A new rule of the kind with the settings its registry entry gives, its label as title, an id not yet used in the
 * template, and the first phase for a gate.
 *
 * @example
 * newRule('owner-required', ['owner-required'], []).id; // 'owner-required-2'
 */
export function newRule(kind: RuleKind, takenIds: readonly string[], phases: readonly string[]): ComplianceRule {
  const definition = ruleKindRegistry[kind];
  return definition.newRule({ id: uniqueId(kind, takenIds), title: definition.label, severity: 'major', fix: 'Describe how the owner fixes it.' }, phases);
}
