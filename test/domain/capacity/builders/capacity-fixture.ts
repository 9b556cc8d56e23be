import type { CapacityProposal } from '../../../../src/domain/capacity/capacity-proposal';
import { aDay } from './a-day';
import { aQuarter } from './a-quarter';
import { capacityOf } from './capacity-of';
import { demandOf } from './demand-of';

/** Two programs with capacities, one without, and three proposals: the hand-checked scenario of the what-if tests. */
export const capacityFixture = {
  capacities: [capacityOf('DIGITAL', { '2027-Q1': 50, '2027-Q2': 50, '2027-Q3': 40 }), capacityOf('CORE', { '2027-Q1': 100, '2027-Q2': 0 })],
  demand: demandOf({
    DIGITAL: { '2027-Q1': 36, '2027-Q2': 46, '2027-Q3': 54 },
    CORE: { '2027-Q1': 75 },
  }),
  proposals: [
    // 8 points in Q2: DIGITAL 2027-Q2 goes from 46 / 50 = 0.92 to 54 / 50 = 1.08.
    { id: 'IN-7', program: 'DIGITAL', estimate: 8, runs: { kind: 'quarters', quarters: [aQuarter('2027-Q2')] } },
    // 30 points over 61 days: 930/61 = 15.25 into CORE Q1 (75 -> 90.25, amber either way), 900/61 = 14.75 into Q2 (capacity 0).
    { id: 'IN-8', program: 'CORE', estimate: 30, runs: { kind: 'dates', start: aDay('2027-03-01'), end: aDay('2027-04-30') } },
    // GROWTH has no capacity: its demand cannot be checked.
    { id: 'IN-9', program: 'GROWTH', estimate: 10, runs: { kind: 'quarters', quarters: [aQuarter('2027-Q1')] } },
  ] satisfies CapacityProposal[],
};
