import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import { groupByProgram } from '../../../src/domain/rollup/group-by-program';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';

const now = '2026-03-10T12:00:00Z';
const rollupOf = (key: string, category: string | null) => computeProjectRollup(aProjectRollupInput(key, [], category), now);

describe('groupByProgram', () => {
  const groups = groupByProgram([
    rollupOf('ZED', 'transformation'),
    rollupOf('LOOSE', null),
    rollupOf('ALPHA', 'Transformation'),
    rollupOf('BETA', 'Growth'),
    rollupOf('AAA', 'Transformation'),
  ]);

  it('puts programs in name order and "No program" last', () => {
    expect(groups.map((group) => group.name)).toEqual(['Growth', 'Transformation', 'transformation', 'No program']);
  });

  it("lists each program's projects by key", () => {
    expect(groups[1]?.rollups.map((rollup) => rollup.project.key)).toEqual(['AAA', 'ALPHA']);
  });

  it('keeps the category behind each group, null for "No program"', () => {
    expect(groups.map((group) => group.category)).toEqual(['Growth', 'Transformation', 'transformation', null]);
  });

  it('keeps a real category called "No program" apart from projects without one', () => {
    const named = groupByProgram([rollupOf('ONE', 'No program'), rollupOf('TWO', null)]);
    expect(named.map((group) => [group.name, group.category])).toEqual([
      ['No program', 'No program'],
      ['No program', null],
    ]);
  });

  it('answers no groups for no projects', () => {
    expect(groupByProgram([])).toEqual([]);
  });
});
