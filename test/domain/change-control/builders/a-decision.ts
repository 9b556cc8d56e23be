import type { ChangeDecision } from '../../../../src/domain/change-control/change-decision';
import type { ChangeOutcome } from '../../../../src/domain/change-control/change-outcome';
import type { DecisionSource } from '../../../../src/domain/change-control/decision-source';
import { anIssueKey } from '../../builders/an-issue-key';
import { anAccountId } from './an-account-id';
import { anInstant } from './an-instant';

interface DecisionOverrides {
  readonly decidedAt?: string;
  readonly decidedBy?: string;
  readonly reason?: string | null;
  readonly source?: DecisionSource;
}

/** A decision on `changeKey`, recorded in the app by the board's chair unless the test says otherwise. */
export function aDecision(changeKey: string, outcome: ChangeOutcome, overrides: DecisionOverrides = {}): ChangeDecision {
  return {
    changeKey: anIssueKey(changeKey),
    outcome,
    decidedAt: anInstant(overrides.decidedAt ?? '2026-02-05T10:00:00.000Z'),
    decidedBy: anAccountId(overrides.decidedBy ?? 'chair'),
    reason: overrides.reason === undefined ? 'Board meeting' : overrides.reason,
    source: overrides.source ?? 'app',
  };
}
