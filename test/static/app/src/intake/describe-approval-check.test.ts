import { describeApprovalCheck } from '../../../../../static/app/src/intake/describe-approval-check';
import type { ApprovalCheckDto } from '../../../../../src/contract/approval-check-dto';
import { parseQuarter, type HeatMapCell } from '../../../../../src/domain/capacity';

const q4 = parseQuarter('2026-Q4');
if (q4 === null) throw new Error('2026-Q4');
const cell: HeatMapCell = { quarter: q4, capacity: 100, demand: 92, load: 0.92, rag: 'amber', overCapacity: false, reason: 'load 0.92 (92 of 100)' };

describe('describeApprovalCheck', () => {
  it.each<[string, ApprovalCheckDto, string]>([
    ['a fit', { kind: 'fits', program: 'Digital', quarters: ['2027-Q1', '2027-Q2'], withoutCapacity: [] }, 'Fits Digital’s capacity in 2027-Q1 and 2027-Q2.'],
    [
      'a fit with a quarter not checked',
      { kind: 'fits', program: 'Digital', quarters: ['2027-Q1'], withoutCapacity: ['2027-Q2'] },
      'Fits Digital’s capacity in 2027-Q1. Not checked in 2027-Q2: no capacity set.',
    ],
    ['a check that could not run', { kind: 'unchecked', reason: 'no estimate in story points' }, 'Capacity not checked: no estimate in story points.'],
    [
      'an overload',
      {
        kind: 'over',
        program: 'Core Platforms',
        over: [
          {
            quarter: '2026-Q4',
            before: cell,
            after: { ...cell, demand: 108, load: 1.08, rag: 'red', overCapacity: true },
            alreadyOver: false,
            description: 'Core Platforms 2026-Q4 from 92% to 108%',
          },
        ],
        withoutCapacity: [],
      },
      'Approving takes Core Platforms over capacity: Core Platforms 2026-Q4 from 92% to 108%.',
    ],
  ])('describes %s', (_what, check, text) => {
    expect(describeApprovalCheck(check)).toBe(text);
  });
});
