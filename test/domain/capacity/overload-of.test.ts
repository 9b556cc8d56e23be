import fc from 'fast-check';
import { capacityHeatMap } from '../../../src/domain/capacity/capacity-heat-map';
import type { CapacityProposal } from '../../../src/domain/capacity/capacity-proposal';
import { overloadOf } from '../../../src/domain/capacity/overload-of';
import { whatIf } from '../../../src/domain/capacity/what-if';
import { aQuarter } from './builders/a-quarter';
import { capacityFixture } from './builders/capacity-fixture';

const { capacities, demand, proposals } = capacityFixture;
const heatMap = capacityHeatMap(capacities, demand);
const inQuarters = (id: string, program: string, estimate: number, written: string[]): CapacityProposal => ({
  id,
  program,
  estimate,
  runs: { kind: 'quarters', quarters: written.map(aQuarter) },
});

describe('overloadOf', () => {
  it('lists the quarter a proposal pushes over 100%, with the cells before and after', () => {
    const overload = overloadOf(heatMap, inQuarters('IN-7', 'DIGITAL', 8, ['2027-Q2']));
    expect(overload.over.map((quarter) => [quarter.quarter, quarter.before.load, quarter.after.load, quarter.after.rag, quarter.alreadyOver])).toEqual([
      ['2027-Q2', 0.92, 1.08, 'red', false],
    ]);
    expect(overload.withoutCapacity).toEqual([]);
  });

  it.each([
    ['a proposal that fits', inQuarters('IN-1', 'DIGITAL', 2, ['2027-Q2']), [], []],
    ['a proposal that fills a quarter exactly: full, not over', inQuarters('IN-1', 'DIGITAL', 4, ['2027-Q2']), [], []],
    ['a proposal adding to a quarter already over', inQuarters('IN-1', 'DIGITAL', 2, ['2027-Q3']), [['2027-Q3', true]], []],
    ['a proposal split over two quarters, one pushed over', inQuarters('IN-1', 'DIGITAL', 20, ['2027-Q1', '2027-Q2']), [['2027-Q2', false]], []],
    ['any demand on a capacity of 0', proposals[1]!, [['2027-Q2', false]], []],
    ['a program with no capacity set', proposals[2]!, [], ['2027-Q1']],
    ['a quarter no capacity names', inQuarters('IN-1', 'DIGITAL', 5, ['2028-Q1']), [], ['2028-Q1']],
    ['an estimate of 0', inQuarters('IN-1', 'DIGITAL', 0, ['2027-Q3']), [], []],
  ])('answers for %s', (_behaviour, proposal, over, withoutCapacity) => {
    const overload = overloadOf(heatMap, proposal);
    expect(overload.over.map((quarter) => [quarter.quarter, quarter.alreadyOver])).toEqual(over);
    expect(overload.withoutCapacity).toEqual(withoutCapacity);
    expect([overload.proposalId, overload.program]).toEqual([proposal.id, proposal.program]);
  });

  it('agrees with the what-if on which quarters a proposal pushes over', () => {
    const estimate = fc.integer({ min: 0, max: 120 });
    const quarters = fc.uniqueArray(fc.constantFrom('2027-Q1', '2027-Q2', '2027-Q3', '2028-Q1'), { minLength: 1 });
    fc.assert(
      fc.property(fc.constantFrom('DIGITAL', 'CORE', 'GROWTH'), estimate, quarters, (program, amount, written) => {
        const proposal = inQuarters('IN-1', program, amount, written);
        const pushed = overloadOf(heatMap, proposal)
          .over.filter((quarter) => !quarter.alreadyOver)
          .map((quarter) => quarter.quarter);
        const changed = whatIf(capacities, demand, [proposal], ['IN-1'])
          .changes.filter((change) => change.goesOverCapacity)
          .map((change) => change.quarter);
        expect(pushed).toEqual(changed);
      }),
    );
  });
});
