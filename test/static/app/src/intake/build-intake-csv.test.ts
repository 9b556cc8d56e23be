import type { IntakeProposalDto } from '../../../../../src/contract/intake-board-dto';
import { buildIntakeCsv } from '../../../../../static/app/src/intake/build-intake-csv';
import { buildIntakeRows } from '../../../../../static/app/src/intake/build-intake-rows';
import { parseCsv } from '../csv/parse-csv';
import { aProposal } from './a-proposal';

const now = Date.parse('2026-12-04T12:00:00Z');

describe('buildIntakeCsv', () => {
  it('writes a header and one record per proposal, with rank and score as numbers and a missing score left empty', () => {
    const csv = buildIntakeCsv(
      buildIntakeRows(
        [
          aProposal('IDEA-1', { summary: '=cmd, "quoted"' }),
          aProposal('IDEA-2', { rank: null, score: null, breakdown: 'WSJF not scored: missing Job Size', missing: ['Job Size'], program: null }),
        ],
        now,
      ),
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      [
        'Rank',
        'Tied',
        'Key',
        'Summary',
        'Project key',
        'Project',
        'Program',
        'Theme',
        'Stage',
        'Score',
        'Breakdown',
        'Not scored',
        'Decided',
        'Reason',
        'Delivered by',
      ],
      [
        '1',
        'no',
        'IDEA-1',
        `'=cmd, "quoted"`,
        'IDEA',
        'Ideas',
        'Digital',
        'Growth',
        'Submitted',
        '6.5',
        'WSJF 6.5 = (8 + 5 + 0) / 2',
        '',
        'Not decided yet',
        '',
        '',
      ],
      [
        '',
        'no',
        'IDEA-2',
        'Proposal IDEA-2',
        'IDEA',
        'Ideas',
        'No program',
        'Growth',
        'Submitted',
        '',
        'WSJF not scored: missing Job Size',
        'not scored: Job Size missing',
        'Not decided yet',
        '',
        '',
      ],
    ]);
  });
});

describe('the "Delivered by" column', () => {
  const delivered = (delivery: IntakeProposalDto['delivery']) => parseCsv(buildIntakeCsv(buildIntakeRows([aProposal('IDEA-1', { delivery })], now)))[1]?.at(-1);

  it.each([
    ['nothing linked', null, ''],
    [
      'a project',
      { kind: 'project', projectKey: 'WEB', projectName: 'Customer Web Portal', linkedAt: '2026-12-01T10:00:00.000Z', linkedByName: 'Morgan Ellis' },
      'Customer Web Portal (WEB)',
    ],
    [
      'an epic',
      {
        kind: 'epic',
        projectKey: 'WEB',
        projectName: 'Customer Web Portal',
        epicKey: 'WEB-3',
        epicSummary: 'Secure messaging',
        linkedAt: '2026-12-01T10:00:00.000Z',
        linkedByName: null,
      },
      'epic WEB-3 Secure messaging in Customer Web Portal (WEB)',
    ],
    ['a project the viewer cannot browse', { kind: 'hidden' }, 'a project you cannot browse'],
  ] as const)('names %s', (_what, delivery, words) => {
    expect(delivered(delivery)).toBe(words);
  });
});
