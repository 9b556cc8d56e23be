import fc from 'fast-check';
import { capacityHeatMap } from '../../../src/domain/capacity/capacity-heat-map';
import type { CapacityProposal } from '../../../src/domain/capacity/capacity-proposal';
import type { HeatMap } from '../../../src/domain/capacity/heat-map';
import type { ProgramCapacity } from '../../../src/domain/capacity/program-capacity';
import type { ProgramDemand } from '../../../src/domain/capacity/program-demand';
import { whatIf } from '../../../src/domain/capacity/what-if';
import type { Rag } from '../../../src/domain/rag/rag';
import { aDay } from './builders/a-day';
import { aQuarter } from './builders/a-quarter';
import { capacityFixture } from './builders/capacity-fixture';
import { capacityOf } from './builders/capacity-of';
import { demandOf } from './builders/demand-of';

const { capacities, demand, proposals } = capacityFixture;

describe('whatIf', () => {
  it('names exactly the program-quarters the selected proposals change colour', () => {
    const outcome = whatIf(capacities, demand, proposals, ['IN-7', 'IN-8', 'IN-9']);
    expect(outcome.changes.map((change) => change.description)).toEqual([
      'pushes CORE 2027-Q2 from green (0 on a capacity of 0) to red (14.8 on a capacity of 0)',
      'pushes DIGITAL 2027-Q2 from amber 0.92 to red 1.08',
    ]);
    expect(outcome.changes.map((change) => change.goesOverCapacity)).toEqual([true, true]);
    expect(outcome.withoutCapacity).toEqual([{ program: 'GROWTH', quarter: '2027-Q1' }]);
    expect(outcome.selected).toEqual(['IN-7', 'IN-8', 'IN-9']);
  });

  it('keeps the figures unrounded: the change carries both cells as computed', () => {
    const [change] = whatIf(capacities, demand, proposals, ['IN-7']).changes;
    expect(change?.before).toMatchObject({ demand: 46, load: 0.92, rag: 'amber' });
    expect(change?.after).toMatchObject({ demand: 54, load: 1.08, rag: 'red', overCapacity: true });
  });

  it('leaves out a quarter a proposal adds to without changing its colour (CORE Q1: amber 0.75 to amber 0.90)', () => {
    const outcome = whatIf(capacities, demand, proposals, ['IN-8']);
    expect(outcome.changes.map((change) => `${change.program} ${change.quarter}`)).toEqual(['CORE 2027-Q2']);
    expect(outcome.after.rows.find((row) => row.program === 'CORE')?.cells[0]?.load).toBeCloseTo(0.9025, 4);
  });

  it('names a quarter pushed over 100% even when the bands keep its colour', () => {
    const outcome = whatIf(capacities, demand, proposals, ['IN-7'], { amberFrom: 0.9, redAbove: 1.2 });
    expect(outcome.changes.map((change) => change.description)).toEqual(['pushes DIGITAL 2027-Q2 over capacity, from amber 0.92 to amber 1.08']);
  });

  it('ignores a selected id no proposal has, and repeats of one', () => {
    const outcome = whatIf(capacities, demand, proposals, ['IN-7', 'IN-7', 'IN-404']);
    expect(outcome.selected).toEqual(['IN-7']);
    expect(outcome.changes).toHaveLength(1);
  });

  it('shows a quarter only a proposal names in both maps, at the base demand before', () => {
    const later = { id: 'IN-10', program: 'DIGITAL', estimate: 5, runs: { kind: 'quarters', quarters: [aQuarter('2028-Q1')] } } satisfies CapacityProposal;
    const outcome = whatIf(capacities, demand, [later], ['IN-10']);
    expect(outcome.before.quarters).toEqual(outcome.after.quarters);
    expect(outcome.after.quarters).toContain('2028-Q1');
    expect(outcome.withoutCapacity).toEqual([{ program: 'DIGITAL', quarter: '2028-Q1' }]);
  });

  it.each([
    ['two proposals with one id', [proposals[0]!, proposals[0]!], 'Two proposals have the id IN-7'],
    ['a negative estimate', [{ ...proposals[0]!, estimate: -1 }], 'Proposal IN-7: the estimate must be a number of at least 0'],
    ['no quarter', [{ ...proposals[0]!, runs: { kind: 'quarters', quarters: [] } }], 'Proposal IN-7: name at least one quarter it would run in'],
    [
      'an end before the start',
      [{ ...proposals[0]!, runs: { kind: 'dates', start: aDay('2027-05-01'), end: aDay('2027-04-01') } }],
      'Proposal IN-7: the end 2027-04-01 is before the start 2027-05-01',
    ],
  ] satisfies [string, CapacityProposal[], string][])('refuses %s', (_behaviour, given, message) => {
    expect(() => whatIf(capacities, demand, given, ['IN-7'])).toThrow(message);
  });
});

const programs = ['ALPHA', 'BETA', 'GAMMA'];
const quarters = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'];
const amount = fc.integer({ min: 0, max: 200 }).map((halves) => halves / 2);
const amountsArbitrary = fc.dictionary(fc.constantFrom(...quarters), amount, { maxKeys: 4 });
const capacitiesArbitrary: fc.Arbitrary<ProgramCapacity[]> = fc
  .uniqueArray(fc.tuple(fc.constantFrom('ALPHA', 'BETA'), amountsArbitrary), { selector: ([program]) => program })
  .map((entries) => entries.map(([program, byQuarter]) => capacityOf(program, byQuarter)));
const demandArbitrary: fc.Arbitrary<ProgramDemand> = fc.dictionary(fc.constantFrom(...programs), amountsArbitrary).map(demandOf);
const runArbitrary: fc.Arbitrary<CapacityProposal['runs']> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...quarters), { minLength: 1 }).map((chosen) => ({ kind: 'quarters' as const, quarters: chosen.map(aQuarter) })),
  fc.tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 200 })).map(([from, length]) => {
    const start = new Date(Date.UTC(2027, 0, 1 + from)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2027, 0, 1 + from + length)).toISOString().slice(0, 10);
    return { kind: 'dates' as const, start: aDay(start), end: aDay(end) };
  }),
);
const proposalsArbitrary: fc.Arbitrary<CapacityProposal[]> = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('IN-1', 'IN-2', 'IN-3', 'IN-4', 'IN-5'),
    program: fc.constantFrom(...programs),
    estimate: fc.integer({ min: 0, max: 80 }),
    runs: runArbitrary,
  }),
  { selector: (proposal) => proposal.id, maxLength: 5 },
);
const scenarioArbitrary = fc
  .record({ capacities: capacitiesArbitrary, demand: demandArbitrary, proposals: proposalsArbitrary, extra: fc.subarray(['IN-1', 'IN-2', 'IN-404']) })
  .chain((scenario) => fc.subarray(scenario.proposals.map((proposal) => proposal.id)).map((ids) => ({ ...scenario, selected: [...ids, ...scenario.extra] })));

const severity: Readonly<Record<Rag, number>> = { grey: 0, green: 1, amber: 2, red: 3 };
const cellsOf = (map: HeatMap) => new Map(map.rows.flatMap((row) => row.cells.map((cell) => [`${row.program} ${cell.quarter}`, cell] as const)));

describe('the what-if laws', () => {
  it('adding proposals never lowers any load nor improves any colour', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ capacities: given, demand: base, proposals: offered, selected }) => {
        const outcome = whatIf(given, base, offered, selected);
        const plain = cellsOf(capacityHeatMap(given, base));
        for (const [key, after] of cellsOf(outcome.after)) {
          const before = plain.get(key) ?? cellsOf(outcome.before).get(key);
          expect(before).toBeDefined();
          if (before === undefined) continue;
          expect(after.demand).toBeGreaterThanOrEqual(before.demand);
          if (after.load !== null && before.load !== null) expect(after.load).toBeGreaterThanOrEqual(before.load);
          expect(severity[after.rag]).toBeGreaterThanOrEqual(severity[before.rag]);
          if (before.overCapacity) expect(after.overCapacity).toBe(true);
        }
      }),
    );
  });

  it('selecting none changes nothing', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ capacities: given, demand: base, proposals: offered }) => {
        const outcome = whatIf(given, base, offered, []);
        expect(outcome.changes).toEqual([]);
        expect(outcome.withoutCapacity).toEqual([]);
        expect(outcome.after).toEqual(outcome.before);
        expect(outcome.after).toEqual(capacityHeatMap(given, base));
      }),
    );
  });

  it('the outcome does not depend on the order proposals are selected or listed in', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer(), ({ capacities: given, demand: base, proposals: offered, selected }, seed) => {
        const shuffle = <T>(list: readonly T[]): T[] =>
          list
            .map((value, index) => ({ value, rank: (Math.imul(index + 1, 2_654_435_761) ^ seed) >>> 0 }))
            .sort((a, b) => a.rank - b.rank)
            .map(({ value }) => value);
        expect(whatIf(given, base, shuffle(offered), shuffle(selected))).toEqual(whatIf(given, base, offered, selected));
      }),
    );
  });

  it('a change is named exactly when a colour changes or demand goes over capacity', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ capacities: given, demand: base, proposals: offered, selected }) => {
        const outcome = whatIf(given, base, offered, selected);
        const before = cellsOf(outcome.before);
        const expected = [...cellsOf(outcome.after)]
          .filter(([key, after]) => {
            const was = before.get(key);
            return was !== undefined && (was.rag !== after.rag || (after.overCapacity && !was.overCapacity));
          })
          .map(([key]) => key);
        expect(outcome.changes.map((change) => `${change.program} ${change.quarter}`)).toEqual(expected);
      }),
    );
  });
});

describe('a scenario by hand', () => {
  it('reads the same whichever proposals it starts from', () => {
    const base = demandOf({ DIGITAL: { '2027-Q2': 46 } });
    const both = whatIf(capacities, base, proposals, ['IN-8', 'IN-7']);
    expect(both).toEqual(whatIf(capacities, base, [...proposals].reverse(), ['IN-7', 'IN-8']));
  });
});
