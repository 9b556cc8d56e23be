import fc from 'fast-check';
import { quarterOf } from '../../../src/domain/capacity/quarter-of';
import { spreadDemand } from '../../../src/domain/capacity/spread-demand';
import { makeExactSum } from '../../../src/domain/math/exact-sum';
import { defaultRaidMapping } from '../../../src/domain/raid/default-raid-mapping';
import { makeRaidClassifier } from '../../../src/domain/raid/make-raid-classifier';
import { arbitraryToday, workItemsArbitrary } from '../arbitraries/work-item-arbitrary';
import { aWorkItem, type WorkItemOverrides } from '../builders/a-work-item';
import { aDay } from './builders/a-day';
import { aQuarter } from './builders/a-quarter';

const today = aDay('2027-02-15');
const points = (storyPoints: number, overrides: WorkItemOverrides = {}) => aWorkItem({ ...overrides, estimate: { storyPoints } });

describe('spreadDemand', () => {
  it('spreads 30 points from 2027-03-01 to 2027-04-30 as 31/61 into Q1 and 30/61 into Q2, fractions kept', () => {
    const spread = spreadDemand([points(30, { start: '2027-03-01', due: '2027-04-30' })], 'story-points', today);
    // March has 31 days and April 30: 61 days, both ends included. 30 × 31 / 61 = 15.2459..., 30 × 30 / 61 = 14.7540...
    expect(spread.byQuarter).toEqual({ '2027-Q1': (30 * 31) / 61, '2027-Q2': (30 * 30) / 61 });
    expect(spread.byQuarter[aQuarter('2027-Q1')]).toBeCloseTo(15.2459, 4);
    expect(spread.unestimated).toBe(0);
  });

  it.each([
    ['start and due: from the start to the due date', { start: '2027-03-01', due: '2027-04-30' }, { '2027-Q1': 930 / 61, '2027-Q2': 900 / 61 }],
    // 2027-02-15..2027-05-15 is 90 days: 45 to the end of March, 45 from April.
    ['started already: from today to the due date', { start: '2027-01-01', due: '2027-05-15' }, { '2027-Q1': 15, '2027-Q2': 15 }],
    // 2027-02-15..2027-04-10 is 55 days: 45 in Q1, 10 in Q2.
    ['due date only: from today to the due date', { due: '2027-04-10' }, { '2027-Q1': (30 * 45) / 55, '2027-Q2': (30 * 10) / 55 }],
    ['a start after the due date: the start is not used', { start: '2027-05-01', due: '2027-04-10' }, { '2027-Q1': (30 * 45) / 55, '2027-Q2': (30 * 10) / 55 }],
    ['a due date within this quarter: all of it this quarter', { due: '2027-03-31' }, { '2027-Q1': 30 }],
    ['due today: all of it this quarter', { due: '2027-02-15' }, { '2027-Q1': 30 }],
    ['overdue: all of it this quarter, where it still has to be done', { start: '2026-10-01', due: '2027-01-10' }, { '2027-Q1': 30 }],
    ['no dates: all of it this quarter', {}, { '2027-Q1': 30 }],
    ['a start only, in a later quarter: all of it in that quarter', { start: '2027-06-01' }, { '2027-Q2': 30 }],
    ['a start only, already past: all of it this quarter', { start: '2027-01-05' }, { '2027-Q1': 30 }],
    [
      'dates written as date-times: read by their written day',
      { start: '2027-03-01T09:00:00.000+1000', due: '2027-04-30T18:00:00.000-0500' },
      { '2027-Q1': 930 / 61, '2027-Q2': 900 / 61 },
    ],
    ['an impossible due date: read as no date', { due: '2027-02-30' }, { '2027-Q1': 30 }],
  ])('places a 30-point item with %s', (_behaviour, dates, expected) => {
    expect(spreadDemand([points(30, dates)], 'story-points', today).byQuarter).toEqual(expected);
  });

  it('adds up a program by hand: done work and RAID items left out, unestimated work counted apart', () => {
    const items = [
      points(30, { key: 'DG-1', start: '2027-03-01', due: '2027-04-30' }), // Q1 930/61, Q2 900/61
      points(8, { key: 'DG-2', due: '2027-03-31' }), // Q1 8
      points(5, { key: 'DG-3', due: '2027-01-10' }), // overdue: Q1 5
      points(3, { key: 'DG-4' }), // no dates: Q1 3
      points(10, { key: 'DG-5', start: '2027-01-01', due: '2027-05-15', statusCategory: 'indeterminate' }), // Q1 5, Q2 5
      points(4, { key: 'DG-6', start: '2027-06-01' }), // Q2 4
      points(6, { key: 'DG-7', start: '2027-05-01', due: '2027-04-10' }), // Q1 270/55, Q2 60/55
      points(13, { key: 'DG-8', due: '2027-03-01', statusCategory: 'done' }), // done: nothing
      points(2, { key: 'DG-9', issueType: 'Risk' }), // a risk: nothing
      aWorkItem({ key: 'DG-10', due: '2027-03-01' }), // no estimate: unestimated
      points(-3, { key: 'DG-11' }), // a malformed estimate: unestimated, not negative demand
    ];
    const spread = spreadDemand(items, 'story-points', today);
    // Q1 = 15.2459016... + 8 + 5 + 3 + 5 + 4.9090909... = 41.1549925...; Q2 = 14.7540983... + 5 + 4 + 1.0909090... = 24.8450074...
    expect(spread.byQuarter[aQuarter('2027-Q1')]).toBeCloseTo(41.15499254843517, 12);
    expect(spread.byQuarter[aQuarter('2027-Q2')]).toBeCloseTo(24.84500745156483, 12);
    expect(Object.keys(spread.byQuarter)).toEqual(['2027-Q1', '2027-Q2']);
    expect(spread.unestimated).toBe(2);
  });

  it('counts person-days as original estimate seconds over 8 hours', () => {
    const items = [
      aWorkItem({ key: 'DG-1', estimate: { originalEstimateSeconds: 57_600 } }), // 2 days
      aWorkItem({ key: 'DG-2', estimate: { originalEstimateSeconds: 14_400, storyPoints: 40 } }), // half a day; points ignored
      aWorkItem({ key: 'DG-3', estimate: { storyPoints: 8 } }), // no time estimate
    ];
    expect(spreadDemand(items, 'person-days', today)).toEqual({ byQuarter: { '2027-Q1': 2.5 }, unestimated: 1 });
  });

  it('answers no demand for no work', () => {
    expect(spreadDemand([], 'story-points', today)).toEqual({ byQuarter: {}, unestimated: 0 });
  });
});

describe('the spreading laws', () => {
  const now = aDay(arbitraryToday);

  it('spreads every active estimated item whole: the quarters add up to the estimates, none before this quarter', () => {
    fc.assert(
      fc.property(workItemsArbitrary(), (items) => {
        const spread = spreadDemand(items, 'story-points', now);
        const classify = makeRaidClassifier(defaultRaidMapping);
        const expected = makeExactSum();
        for (const item of items) {
          const estimate = item.estimate.storyPoints;
          if (item.statusCategory !== 'done' && classify(item) === null && estimate !== null) expected.add(estimate);
        }
        const amounts = Object.values(spread.byQuarter).filter((amount) => amount !== undefined);
        const total = makeExactSum();
        amounts.forEach((amount) => {
          total.add(amount);
        });
        expect(total.total()).toBeCloseTo(expected.total(), 9);
        expect(amounts.every((amount) => amount >= 0)).toBe(true);
        expect(Object.keys(spread.byQuarter).every((quarter) => quarter >= quarterOf(now))).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(workItemsArbitrary(), (items) => {
        expect(spreadDemand([...items].reverse(), 'person-days', now)).toEqual(spreadDemand(items, 'person-days', now));
      }),
    );
  });
});
