import { loadChangeControlInputs } from '../../../src/app/change-control/load-change-control-inputs';
import { applyApprovedChange } from '../../../src/domain/change-control/apply-approved-change';
import type { ChangeOutcome } from '../../../src/domain/change-control/change-outcome';
import type { RecordedDecision } from '../../../src/ports/recorded-decision';
import { aProjectKey } from '../../domain/builders/a-project-key';
import { aChangeRequest } from '../../domain/change-control/builders/a-change-request';
import { aDecision } from '../../domain/change-control/builders/a-decision';
import { coreV1 } from '../../domain/change-control/builders/core-v1';

const recorded = (changeKey: string, version: number, outcome: ChangeOutcome): RecordedDecision => ({
  version,
  decision: aDecision(changeKey, outcome, { decidedAt: `2026-02-0${String(version)}T10:00:00.000Z` }),
  impact: { days: null, cost: null, scope: null },
  deciderName: 'Chair',
  baselineVersion: null,
});

describe('loadChangeControlInputs', () => {
  const v1 = coreV1();
  const applied = applyApprovedChange(v1, aChangeRequest('CORE-40', { impact: { days: 14 } }), aDecision('CORE-40', 'approved'));
  if (!applied.ok) throw new Error(applied.message);

  it('answers the highest approved version and the standing decision of each change', async () => {
    const inputs = await loadChangeControlInputs(
      {
        baselines: { listVersions: () => Promise.resolve([applied.baseline, v1]) },
        decisions: {
          listDecisions: () => Promise.resolve([recorded('CORE-41', 1, 'deferred'), recorded('CORE-41', 2, 'rejected'), recorded('CORE-40', 1, 'approved')]),
        },
      },
      aProjectKey('CORE'),
    );
    expect(inputs.current?.version).toBe(2);
    expect(inputs.decisions.map((decision) => [decision.changeKey, decision.outcome])).toEqual([
      ['CORE-41', 'rejected'],
      ['CORE-40', 'approved'],
    ]);
  });

  it('answers no baseline and no decision for a project without change control', async () => {
    const inputs = await loadChangeControlInputs(
      { baselines: { listVersions: () => Promise.resolve([]) }, decisions: { listDecisions: () => Promise.resolve([]) } },
      aProjectKey('CORE'),
    );
    expect(inputs).toEqual({ current: null, decisions: [] });
  });
});
