import type { IntakeDecisionDto } from '../../../../src/contract/intake-board-dto';
import { formatUtcMinute } from '../points/format-utc-minute';
import { intakeStageLabels } from './intake-stage-labels';

/**
 * Who put a proposal in its stage and when: a person recorded in the app, or the Jira workflow (naming who moved the
 * proposal once that is recorded).
 *
 * @example
 * describeDecision({ stage: 'approved', decidedAt: '2026-12-01T10:00:00.000Z', deciderName: 'Alice', source: 'app', ... }, now);
 * // 'Approved by Alice, 2026-12-01 10:00 UTC'
 * describeDecision({ stage: 'approved', decidedAt: '2026-12-01T10:00:00.000Z', deciderName: 'Paul PM', source: 'workflow', ... }, now);
 * // 'Approved by Paul PM in the Jira workflow, 2026-12-01 10:00 UTC'
 */
export function describeDecision(decision: IntakeDecisionDto | null, nowMs: number): string {
  if (decision === null) return 'Not decided yet';
  const when = formatUtcMinute(decision.decidedAt, nowMs);
  const named = decision.deciderName ?? decision.decidedBy;
  // A workflow decision names its mover once a refresh has read who moved the proposal; until then only the workflow.
  const who = decision.source === 'workflow' ? (named === null ? 'the Jira workflow' : `${named} in the Jira workflow`) : (named ?? 'someone');
  const overload = decision.overloadConfirmed ? ' (confirmed over an overloaded quarter)' : '';
  return `${intakeStageLabels[decision.stage]} by ${who}, ${when}${overload}`;
}
