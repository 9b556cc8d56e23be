import { buildIntakeRows } from '../../../../../static/app/src/intake/build-intake-rows';
import { filterIntakeRows } from '../../../../../static/app/src/intake/filter-intake-rows';
import type { IntakeFilter } from '../../../../../static/app/src/intake/intake-filter';
import { listIntakeChoices } from '../../../../../static/app/src/intake/list-intake-choices';
import { aProposal } from './a-proposal';

const proposals = [
  aProposal('IDEA-1'),
  aProposal('IDEA-2', { program: 'Core', theme: 'Compliance', stage: 'screening' }),
  aProposal('IDEA-3', { program: null, theme: null }),
  aProposal('IDEA-4', { program: 'Core', theme: 'Growth', stage: 'deferred' }),
];
const rows = buildIntakeRows(proposals, 0);

describe('filterIntakeRows', () => {
  it.each<[IntakeFilter, string[]]>([
    [{ program: null, theme: null, stage: null }, ['IDEA-1', 'IDEA-2', 'IDEA-3', 'IDEA-4']],
    [{ program: 'Core', theme: null, stage: null }, ['IDEA-2', 'IDEA-4']],
    [{ program: 'No program', theme: null, stage: null }, ['IDEA-3']],
    [{ program: null, theme: 'Growth', stage: null }, ['IDEA-1', 'IDEA-4']],
    [{ program: null, theme: 'No theme', stage: null }, ['IDEA-3']],
    [{ program: 'Core', theme: 'Growth', stage: 'deferred' }, ['IDEA-4']],
    [{ program: null, theme: null, stage: 'screening' }, ['IDEA-2']],
    [{ program: null, theme: null, stage: 'rejected' }, []],
  ])('keeps, for %j, exactly %j in board order', (filter, keys) => {
    expect(filterIntakeRows(rows, filter).map((row) => row.key)).toEqual(keys);
  });
});

describe('listIntakeChoices', () => {
  it('offers the board’s programs with "No program" last when one has none, its themes, and every stage in order', () => {
    const choices = listIntakeChoices({ programs: ['Core', 'Digital'], themes: ['Compliance', 'Growth'], proposals });
    expect(choices.programs.map((choice) => choice.value)).toEqual(['Core', 'Digital', 'No program']);
    expect(choices.themes.map((choice) => choice.label)).toEqual(['Compliance', 'Growth']);
    expect(choices.stages.map((choice) => choice.label)).toEqual(['Submitted', 'Screening', 'Approved', 'Deferred', 'Rejected']);
  });
});
