import type { CapacityProposal } from '../../../src/domain/capacity/capacity-proposal';
import { proposalDemand } from '../../../src/domain/capacity/proposal-demand';
import { aDay } from './builders/a-day';
import { aQuarter } from './builders/a-quarter';

const proposal = (estimate: number, runs: CapacityProposal['runs']): CapacityProposal => ({ id: 'IN-1', program: 'DIGITAL', estimate, runs });

describe('proposalDemand', () => {
  it.each([
    [
      'splits the estimate equally between the quarters named',
      proposal(20, { kind: 'quarters', quarters: [aQuarter('2027-Q3'), aQuarter('2027-Q2')] }),
      { '2027-Q2': 10, '2027-Q3': 10 },
    ],
    ['counts a quarter named twice once', proposal(9, { kind: 'quarters', quarters: [aQuarter('2027-Q2'), aQuarter('2027-Q2')] }), { '2027-Q2': 9 }],
    [
      'spreads dates by calendar days, as work is spread',
      proposal(30, { kind: 'dates', start: aDay('2027-03-01'), end: aDay('2027-04-30') }),
      { '2027-Q1': 930 / 61, '2027-Q2': 900 / 61 },
    ],
    [
      'keeps dates in the past as planned: a proposal has not started',
      proposal(6, { kind: 'dates', start: aDay('2020-01-01'), end: aDay('2020-01-31') }),
      { '2020-Q1': 6 },
    ],
  ])('%s', (_behaviour, given, expected) => {
    expect(proposalDemand(given)).toEqual(expected);
  });
});
