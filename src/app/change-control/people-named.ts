import type { RecordedDecision } from '../../ports/recorded-decision';

/**
 * The display names of the people a change-control page names, by account id: each decider as recorded with their
 * decision, and each mover of a slipped date as the changelog names them to the viewer (the later word wins).
 *
 * @example
 * peopleNamed([decisionByChair], new Map([['pm', 'Paul PM']])); // { chair: 'Board Chair', pm: 'Paul PM' }
 */
export function peopleNamed(decisions: readonly RecordedDecision[], moverNames: ReadonlyMap<string, string>): Readonly<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const recorded of decisions) if (recorded.deciderName !== null) names[recorded.decision.decidedBy] = recorded.deciderName;
  for (const [accountId, name] of moverNames) names[accountId] = name;
  return names;
}
