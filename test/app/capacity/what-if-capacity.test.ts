import { GovernanceError } from '../../../src/app/templates/governance-error';
import { whatIfCapacity } from '../../../src/app/capacity/what-if-capacity';
import type { CapacityProposal, ProgramCapacity } from '../../../src/domain/capacity';
import { aWorkItem } from '../../domain/builders/a-work-item';
import { aDay } from '../../domain/capacity/builders/a-day';
import { aQuarter } from '../../domain/capacity/builders/a-quarter';
import { capacityReadDepsFor, type TestProject } from './builders/capacity-read-deps-for';

const today = aDay('2026-11-20');
const q1 = aQuarter('2027-Q1');
const q2 = aQuarter('2027-Q2');

/** By hand: Digital's 30 points from 2027-03-01 to 2027-04-30 put 30 × 31 / 61 = 15.2459 in Q1 (of 40) and 14.7540 in Q2 (of 20). */
const projects: readonly TestProject[] = [
  { key: 'ALPHA', program: 'Digital', items: [aWorkItem({ key: 'ALPHA-1', start: '2027-03-01', due: '2027-04-30', estimate: { storyPoints: 30 } })] },
  { key: 'GAMMA', program: 'Operations', items: [aWorkItem({ key: 'GAMMA-1', estimate: { storyPoints: 50 } })] },
];
const capacities: ProgramCapacity[] = [
  { program: 'Digital', unit: 'story-points', byQuarter: { [q1]: 40, [q2]: 20 } },
  { program: 'Operations', unit: 'story-points', byQuarter: { [q1]: 77 } },
];
const proposal = (id: string, program: string, estimate: number, quarters = [q1]): CapacityProposal => ({
  id,
  program,
  estimate,
  runs: { kind: 'quarters', quarters },
});

describe('whatIfCapacity', () => {
  const deps = capacityReadDepsFor(projects, ['ALPHA'], capacities);

  it.each([
    // 15.2459 + 20 = 35.2459 of 40: 0.88, amber.
    ['IN-7 (20 in Q1)', [proposal('IN-7', 'Digital', 20)], ['IN-7'], ['pushes Digital 2027-Q1 from green 0.38 to amber 0.88']],
    // 15.2459 + 10 = 25.2459 of 40: 0.63, still green; 14.7540 + 10 = 24.7540 of 20: 1.24, red (from 0.74, green).
    ['IN-8 (20 over Q1 and Q2)', [proposal('IN-8', 'Digital', 20, [q1, q2])], ['IN-8'], ['pushes Digital 2027-Q2 from green 0.74 to red 1.24']],
    ['nothing ticked', [proposal('IN-7', 'Digital', 20)], [], []],
  ])('changes exactly the quarters it should with %s', async (_name, proposals, selected, expected) => {
    const outcome = await whatIfCapacity(deps, today, { proposals, selectedIds: selected });
    expect(outcome.changes.map((change) => change.description)).toEqual(expected);
    expect(outcome.before.quarters).toEqual(['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3']);
  });

  it('answers a proposal for a program of hidden projects exactly as one for a program that does not exist', async () => {
    const hidden = await whatIfCapacity(deps, today, { proposals: [proposal('IN-9', 'Operations', 5)], selectedIds: ['IN-9'] });
    const absent = await whatIfCapacity(deps, today, { proposals: [proposal('IN-9', 'Nowhere', 5)], selectedIds: ['IN-9'] });
    expect(JSON.stringify(hidden).replaceAll('Operations', '<P>')).toBe(JSON.stringify(absent).replaceAll('Nowhere', '<P>'));
    expect(hidden.withoutCapacity).toEqual([{ program: 'Operations', quarter: '2027-Q1' }]);
    expect(JSON.stringify(hidden)).not.toContain('"capacity":77');
  });

  it('refuses proposals whose demand cannot be placed with BAD_REQUEST', async () => {
    const twice = whatIfCapacity(deps, today, { proposals: [proposal('IN-1', 'Digital', 1), proposal('IN-1', 'Digital', 2)], selectedIds: [] });
    await expect(twice).rejects.toEqual(new GovernanceError('BAD_REQUEST', 'Two proposals have the id IN-1'));
    const backwards: CapacityProposal = {
      id: 'IN-2',
      program: 'Digital',
      estimate: 3,
      runs: { kind: 'dates', start: aDay('2027-05-01'), end: aDay('2027-04-01') },
    };
    await expect(whatIfCapacity(deps, today, { proposals: [backwards], selectedIds: ['IN-2'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
