import { loadCapacity } from '../../../src/app/capacity/load-capacity';
import type { ProgramCapacity } from '../../../src/domain/capacity';
import { aProjectKey } from '../../domain/builders/a-project-key';
import { aWorkItem, type WorkItemOverrides } from '../../domain/builders/a-work-item';
import { aDay } from '../../domain/capacity/builders/a-day';
import { aQuarter } from '../../domain/capacity/builders/a-quarter';
import { capacityReadDepsFor, type TestProject } from './builders/capacity-read-deps-for';

const today = aDay('2026-11-20');
const points = (key: string, storyPoints: number | null, overrides: WorkItemOverrides = {}) => aWorkItem({ ...overrides, key, estimate: { storyPoints } });

/**
 * By hand, today 2026-11-20 (2026-Q4):
 * - ALPHA-1, 30 points from 2027-03-01 to 2027-04-30: 61 days, 31 in March and 30 in April, so 30 × 31 / 61 =
 *   15.2459... in 2027-Q1 and 30 × 30 / 61 = 14.7540... in 2027-Q2.
 * - ALPHA-2, 8 points, no dates: all of it now, in 2026-Q4.
 * - ALPHA-3 (done, 5 points) and ALPHA-4 (a risk, 13 points) are not work to be done; ALPHA-5 has no estimate.
 * Digital's capacity: 10 in 2026-Q4, 40 in 2027-Q1, 12 in 2027-Q2 (and 99 in 2026-Q3, a past quarter, not shown).
 * Loads: Q4 8 / 10 = 0.80 amber; Q1 15.2459 / 40 = 0.3811 green; Q2 14.7540 / 12 = 1.2295 red; Q3 no capacity, grey.
 */
const alpha = [
  points('ALPHA-1', 30, { start: '2027-03-01', due: '2027-04-30' }),
  points('ALPHA-2', 8),
  points('ALPHA-3', 5, { statusCategory: 'done', statusName: 'Done' }),
  points('ALPHA-4', 13, { issueType: 'Risk' }),
  points('ALPHA-5', null),
];
const projects: readonly TestProject[] = [
  { key: 'ALPHA', program: 'Digital', items: alpha },
  { key: 'BETA', program: 'Platform', items: [points('BETA-1', 3, { due: '2026-12-15' })] },
  { key: 'GAMMA', program: 'Operations', items: [points('GAMMA-1', 50, { due: '2027-02-01' })] },
  { key: 'LOOSE', program: null, items: [points('LOOSE-1', 7)] },
  { key: 'NEW', program: 'Digital', items: null },
];
const capacities: ProgramCapacity[] = [
  {
    program: 'Digital',
    unit: 'story-points',
    byQuarter: { [aQuarter('2026-Q3')]: 99, [aQuarter('2026-Q4')]: 10, [aQuarter('2027-Q1')]: 40, [aQuarter('2027-Q2')]: 12 },
  },
  { program: 'Operations', unit: 'story-points', byQuarter: { [aQuarter('2027-Q1')]: 77 } },
];
const visibleToRestricted = ['ALPHA', 'BETA', 'LOOSE', 'NEW'];

describe('loadCapacity', () => {
  it('spreads each program’s remaining estimate over quarters and rates it against the capacity, as computed by hand', async () => {
    const capacity = await loadCapacity(capacityReadDepsFor(projects, visibleToRestricted, capacities), today);
    expect(capacity.currentQuarter).toBe('2026-Q4');
    expect(capacity.heatMap.quarters).toEqual(['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3']);
    const digital = capacity.heatMap.rows.find((row) => row.program === 'Digital');
    expect(digital?.unit).toBe('story-points');
    expect(digital?.cells.map((cell) => [cell.quarter, cell.capacity, cell.demand, cell.load, cell.rag, cell.overCapacity, cell.reason])).toEqual([
      ['2026-Q4', 10, 8, 0.8, 'amber', false, 'load 0.80 (8 of 10)'],
      ['2027-Q1', 40, (30 * 31) / 61, (30 * 31) / 61 / 40, 'green', false, 'load 0.38 (15.2 of 40)'],
      ['2027-Q2', 12, (30 * 30) / 61, (30 * 30) / 61 / 12, 'red', true, 'load 1.23 (14.8 of 12)'],
      ['2027-Q3', null, 0, null, 'grey', false, 'no capacity set (demand 0)'],
    ]);
  });

  it('shows a program with no capacity set in grey, saying so, with its demand', async () => {
    const capacity = await loadCapacity(capacityReadDepsFor(projects, visibleToRestricted, capacities), today);
    const platform = capacity.heatMap.rows.find((row) => row.program === 'Platform');
    expect(platform?.unit).toBeNull();
    expect(platform?.cells[0]).toMatchObject({ rag: 'grey', demand: 3, capacity: null, reason: 'no capacity set (demand 3)' });
    expect(capacity.programs.find((program) => program.program === 'Platform')).toEqual({
      program: 'Platform',
      demandUnit: 'story-points',
      capacitySet: false,
      projects: [{ key: 'BETA', name: 'Project BETA' }],
      unestimated: 0,
    });
  });

  it('names the projects counted per program, and those left out: no program, or not refreshed yet', async () => {
    const capacity = await loadCapacity(capacityReadDepsFor(projects, visibleToRestricted, capacities), today);
    expect(capacity.programs.map((program) => [program.program, program.projects.map((p) => p.key), program.unestimated])).toEqual([
      ['Digital', ['ALPHA'], 1],
      ['Platform', ['BETA'], 0],
    ]);
    expect(capacity.withoutProgram).toEqual([{ key: 'LOOSE', name: 'Project LOOSE' }]);
    expect(capacity.notRefreshed).toEqual([{ key: 'NEW', name: 'Project NEW' }]);
  });

  it('leaves the intake projects out: neither demand nor "without program", and never reads their items', async () => {
    const deps = capacityReadDepsFor(projects, visibleToRestricted, capacities, { intakeKeys: [aProjectKey('LOOSE'), aProjectKey('BETA')] });
    const capacity = await loadCapacity(deps, today);
    expect(capacity.programs.map((program) => program.program)).toEqual(['Digital']);
    expect(capacity.withoutProgram).toEqual([]);
    expect(deps.read.filter((read) => /LOOSE|BETA/.test(read))).toEqual([]);
  });

  it('leaves no trace of a program whose projects the viewer cannot browse: no row, capacity or demand, and never reads them', async () => {
    const deps = capacityReadDepsFor(projects, visibleToRestricted, capacities);
    const capacity = await loadCapacity(deps, today);
    const text = JSON.stringify(capacity);
    expect(text).not.toContain('Operations');
    expect(text).not.toContain('GAMMA');
    expect(text).not.toContain('77');
    expect(deps.read.filter((read) => read.includes('GAMMA'))).toEqual([]);
  });

  it('gives every program’s row to a viewer who may browse its projects, and the saved settings only to admins', async () => {
    const everyone = ['ALPHA', 'BETA', 'GAMMA'];
    const asPm = await loadCapacity(capacityReadDepsFor(projects, everyone, capacities), today);
    const asAdmin = await loadCapacity(capacityReadDepsFor(projects, everyone, capacities, { isAdmin: true }), today);
    expect(asPm.heatMap.rows.map((row) => row.program)).toEqual(['Digital', 'Operations', 'Platform']);
    // GAMMA-1: 50 points from today to 2027-02-01 is 74 days, 42 of them in 2026-Q4 and 32 in 2027-Q1.
    expect(asPm.demand['Operations']).toEqual({ '2026-Q4': (50 * 42) / 74, '2027-Q1': (50 * 32) / 74, '2027-Q2': 0, '2027-Q3': 0 });
    expect([asPm.canEdit, asPm.settings]).toEqual([false, null]);
    expect(asAdmin.canEdit).toBe(true);
    expect(asAdmin.settings).toMatchObject({ version: 3, capacities, savedBy: 'admin' });
  });

  it('shows the current quarter and the three after it when nothing is stored, with every later quarter named and no gaps', async () => {
    const empty = await loadCapacity(capacityReadDepsFor([], [], null, { isAdmin: true }), today);
    expect(empty.heatMap).toEqual({ quarters: ['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3'], bands: { amberFrom: 0.75, redAbove: 1 }, rows: [] });
    expect(empty.settings).toEqual({ version: 0, capacities: [], bands: { amberFrom: 0.75, redAbove: 1 }, savedAt: null, savedBy: null });
    const far = await loadCapacity(
      capacityReadDepsFor([{ key: 'ALPHA', program: 'Digital', items: [points('ALPHA-1', 4, { start: '2028-02-01' })] }], ['ALPHA'], null),
      today,
    );
    expect(far.heatMap.quarters).toEqual(['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1']);
    expect(far.heatMap.rows[0]?.cells.map((cell) => cell.demand)).toEqual([0, 0, 0, 0, 0, 4]);
  });
});
