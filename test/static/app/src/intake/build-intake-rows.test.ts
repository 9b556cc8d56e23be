import { buildIntakeRows } from '../../../../../static/app/src/intake/build-intake-rows';
import { aProposal } from './a-proposal';

const now = Date.parse('2026-12-04T12:00:00Z');

describe('buildIntakeRows', () => {
  it('writes rank, score, missing inputs and decision in words, one row per proposal in board order', () => {
    const rows = buildIntakeRows(
      [
        aProposal('IDEA-1'),
        aProposal('IDEA-2', { rank: 2, tied: true, score: 4, breakdown: 'WSJF 4 = (5 + 3 + 0) / 2' }),
        aProposal('IDEA-3', { rank: 2, tied: true, score: 4, breakdown: 'WSJF 4 = (3 + 3 + 2) / 2', program: null, theme: null }),
        aProposal('IDEA-4', {
          rank: null,
          score: null,
          breakdown: 'WSJF not scored: missing Job Size',
          missing: ['Job Size'],
          unscoredBecause: 'missing Job Size',
          stage: 'approved',
          decision: {
            stage: 'approved',
            decidedAt: '2026-12-01T10:00:00.000Z',
            decidedBy: 'acc-1',
            deciderName: 'Alice Admin',
            reason: null,
            source: 'app',
            overloadConfirmed: false,
          },
        }),
        aProposal('IDEA-5', {
          rank: null,
          score: null,
          breakdown: 'WSJF not scored: Job Size is 0',
          unscoredBecause: 'Job Size is 0',
          stage: 'rejected',
          decision: {
            stage: 'rejected',
            decidedAt: '2026-12-04T08:30:00.000Z',
            decidedBy: null,
            deciderName: null,
            reason: 'Out of scope',
            source: 'workflow',
            overloadConfirmed: false,
          },
        }),
      ],
      now,
    );
    expect(rows.map((row) => [row.rank, row.key, row.program, row.theme, row.stageLabel, row.breakdown, row.notScored, row.decided, row.reason])).toEqual([
      ['1', 'IDEA-1', 'Digital', 'Growth', 'Submitted', 'WSJF 6.5 = (8 + 5 + 0) / 2', null, 'Not decided yet', null],
      ['2 (tied)', 'IDEA-2', 'Digital', 'Growth', 'Submitted', 'WSJF 4 = (5 + 3 + 0) / 2', null, 'Not decided yet', null],
      ['2 (tied)', 'IDEA-3', 'No program', 'No theme', 'Submitted', 'WSJF 4 = (3 + 3 + 2) / 2', null, 'Not decided yet', null],
      [
        'Unranked',
        'IDEA-4',
        'Digital',
        'Growth',
        'Approved',
        'WSJF not scored: missing Job Size',
        'not scored: Job Size missing',
        'Approved by Alice Admin, 2026-12-01 10:00 UTC',
        null,
      ],
      [
        'Unranked',
        'IDEA-5',
        'Digital',
        'Growth',
        'Rejected',
        'WSJF not scored: Job Size is 0',
        'not scored: Job Size is 0',
        'Rejected by the Jira workflow, 08:30 UTC',
        'Out of scope',
      ],
    ]);
  });

  it.each([
    [['Job Size'], 'not scored: Job Size missing'],
    [['Business Value', 'Job Size'], 'not scored: Business Value and Job Size missing'],
    [['Business Value', 'Time Criticality', 'Job Size'], 'not scored: Business Value, Time Criticality and Job Size missing'],
  ])('names every missing input of an unscored proposal (%j), never a zero', (missing, expected) => {
    const [row] = buildIntakeRows([aProposal('IDEA-9', { rank: null, score: null, missing, unscoredBecause: 'missing' })], now);
    expect(row?.notScored).toBe(expected);
    expect(row?.score).toBeNull();
  });

  it('says an approval over an overloaded quarter was confirmed', () => {
    const decision = {
      stage: 'approved',
      decidedAt: '2026-12-01T10:00:00.000Z',
      decidedBy: 'a',
      deciderName: 'Ann',
      reason: null,
      source: 'app',
      overloadConfirmed: true,
    } as const;
    expect(buildIntakeRows([aProposal('IDEA-1', { stage: 'approved', decision })], now)[0]?.decided).toBe(
      'Approved by Ann, 2026-12-01 10:00 UTC (confirmed over an overloaded quarter)',
    );
  });
});
