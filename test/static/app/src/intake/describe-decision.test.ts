import { describeDecision } from '../../../../../static/app/src/intake/describe-decision';
import type { IntakeDecisionDto } from '../../../../../src/contract/intake-board-dto';

const nowMs = Date.parse('2026-12-02T09:00:00Z');
const decision = (overrides: Partial<IntakeDecisionDto>): IntakeDecisionDto => ({
  stage: 'approved',
  decidedAt: '2026-12-01T10:00:00.000Z',
  decidedBy: 'alice',
  deciderName: 'Alice Admin',
  reason: null,
  source: 'app',
  overloadConfirmed: false,
  ...overrides,
});

describe('describeDecision', () => {
  it.each<[string, IntakeDecisionDto | null, string]>([
    ['no decision', null, 'Not decided yet'],
    ['a decision recorded in the app names its decider', decision({}), 'Approved by Alice Admin, 2026-12-01 10:00 UTC'],
    ['a decider without a display name is named by account', decision({ deciderName: null }), 'Approved by alice, 2026-12-01 10:00 UTC'],
    [
      'a workflow decision a refresh recorded names who moved the proposal',
      decision({ source: 'workflow', decidedBy: 'pm', deciderName: 'Paul PM' }),
      'Approved by Paul PM in the Jira workflow, 2026-12-01 10:00 UTC',
    ],
    [
      'a workflow decision not recorded yet names only the workflow',
      decision({ stage: 'rejected', source: 'workflow', decidedBy: null, deciderName: null }),
      'Rejected by the Jira workflow, 2026-12-01 10:00 UTC',
    ],
    [
      'an approval over an overloaded quarter says it was confirmed',
      decision({ overloadConfirmed: true }),
      'Approved by Alice Admin, 2026-12-01 10:00 UTC (confirmed over an overloaded quarter)',
    ],
  ])('%s', (_what, given, expected) => {
    expect(describeDecision(given, nowMs)).toBe(expected);
  });
});
