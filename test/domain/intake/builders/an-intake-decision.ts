import type { DecisionSource } from '../../../../src/domain/change-control/decision-source';
import { parseAccountId } from '../../../../src/domain/ids/parse-account-id';
import type { IntakeDecision } from '../../../../src/domain/intake/intake-decision';
import type { IntakeStage } from '../../../../src/domain/intake/intake-stage';
import { anIssueKey } from '../../builders/an-issue-key';
import { anInstantAt } from './an-instant-at';

interface DecisionOverrides {
  readonly decidedAt?: string;
  readonly reason?: string | null;
  readonly source?: DecisionSource;
}

/** A move of `key` to `stage`, recorded in the app by the PMO lead with a reason unless the test says otherwise. */
export function anIntakeDecision(key: string, stage: IntakeStage, overrides: DecisionOverrides = {}): IntakeDecision {
  const decidedBy = parseAccountId('pmo-lead');
  if (decidedBy === null) throw new Error('Test data error: bad account id');
  return {
    proposalKey: anIssueKey(key),
    stage,
    decidedAt: anInstantAt(overrides.decidedAt ?? '2026-03-10T10:00:00.000Z'),
    decidedBy,
    reason: overrides.reason === undefined ? 'Intake board' : overrides.reason,
    source: overrides.source ?? 'app',
  };
}
