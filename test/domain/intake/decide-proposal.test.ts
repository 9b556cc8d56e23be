import { decideProposal } from '../../../src/domain/intake/decide-proposal';
import type { IntakeDecision } from '../../../src/domain/intake/intake-decision';
import type { IntakeRefusal } from '../../../src/domain/intake/intake-refusal';
import type { IntakeStage } from '../../../src/domain/intake/intake-stage';
import { intakeStageOf } from '../../../src/domain/intake/intake-stage-of';
import { anIssueKey } from '../builders/an-issue-key';
import { anIntakeDecision } from './builders/an-intake-decision';

const early = '2026-03-02T09:00:00.000Z';

/** INT-4's history after passing through `stages`, each decided on 2 March. */
function historyThrough(...stages: IntakeStage[]) {
  return { key: anIssueKey('INT-4'), decisions: stages.map((stage) => anIntakeDecision('INT-4', stage, { decidedAt: early })) };
}

describe('decideProposal', () => {
  it.each<[string, IntakeStage[], IntakeStage]>([
    ['a submitted proposal into screening', [], 'screening'],
    ['a submitted proposal straight to approved', [], 'approved'],
    ['a screened proposal to approved', ['screening'], 'approved'],
    ['a screened proposal to deferred', ['screening'], 'deferred'],
    ['a screened proposal to rejected', ['screening'], 'rejected'],
    ['a deferred proposal back into screening', ['screening', 'deferred'], 'screening'],
    ['a deferred proposal to approved', ['deferred'], 'approved'],
    ['a deferred proposal to rejected', ['deferred'], 'rejected'],
  ])('moves %s', (_case, stages, stage) => {
    const history = historyThrough(...stages);
    const result = decideProposal(history, anIntakeDecision('INT-4', stage));
    expect(result).toMatchObject({ ok: true, previous: intakeStageOf(history.decisions), stage });
    if (result.ok) expect(result.history).toHaveLength(stages.length + 1);
  });

  it.each<[string, IntakeStage[], IntakeDecision, IntakeRefusal]>([
    ['a decision for another proposal', [], anIntakeDecision('INT-5', 'approved'), 'other-proposal'],
    ['a move back to submitted', ['screening'], anIntakeDecision('INT-4', 'submitted'), 'not-a-decision'],
    ['a re-decision of an approved proposal', ['approved'], anIntakeDecision('INT-4', 'rejected'), 'already-final'],
    ['a re-decision of a rejected proposal', ['rejected'], anIntakeDecision('INT-4', 'screening'), 'already-final'],
    ['a move to the stage it is in', ['screening'], anIntakeDecision('INT-4', 'screening'), 'same-stage'],
    ['a rejection without a reason', ['screening'], anIntakeDecision('INT-4', 'rejected', { reason: null }), 'reason-required'],
    ['a deferral with a blank reason', ['screening'], anIntakeDecision('INT-4', 'deferred', { reason: '   ' }), 'reason-required'],
    ['a reason longer than 2,000 characters', [], anIntakeDecision('INT-4', 'rejected', { reason: 'x'.repeat(2_001) }), 'reason-too-long'],
    ['a decision dated before the last one', ['screening'], anIntakeDecision('INT-4', 'approved', { decidedAt: '2026-03-01T09:00:00.000Z' }), 'out-of-order'],
  ])('refuses %s', (_case, stages, decision, refusal) => {
    expect(decideProposal(historyThrough(...stages), decision)).toMatchObject({ ok: false, refusal });
  });

  it('approves without a reason, recording none', () => {
    const result = decideProposal(historyThrough('screening'), anIntakeDecision('INT-4', 'approved', { reason: '' }));
    expect(result.ok && result.decision.reason).toBeNull();
  });

  it('keeps the reason trimmed, with who decided, when and from where', () => {
    const result = decideProposal(historyThrough(), anIntakeDecision('INT-4', 'deferred', { reason: '  No capacity in Q3  ' }));
    expect(result.ok && result.decision).toEqual({ ...anIntakeDecision('INT-4', 'deferred'), reason: 'No capacity in Q3' });
  });

  it('tells the decider why in words', () => {
    const result = decideProposal(historyThrough('approved'), anIntakeDecision('INT-4', 'rejected'));
    expect(!result.ok && result.message).toBe('INT-4 is already approved; that decision is final.');
  });

  it('leaves the history it was given as it was', () => {
    const history = historyThrough('screening');
    decideProposal(history, anIntakeDecision('INT-4', 'approved'));
    expect(history.decisions).toHaveLength(1);
  });
});

describe('intakeStageOf', () => {
  it.each<[IntakeStage[], IntakeStage]>([
    [[], 'submitted'],
    [['screening'], 'screening'],
    [['screening', 'deferred', 'approved'], 'approved'],
  ])('reads %j as %s', (stages, stage) => {
    expect(intakeStageOf(historyThrough(...stages).decisions)).toBe(stage);
  });
});
