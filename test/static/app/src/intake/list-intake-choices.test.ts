import { listIntakeChoices } from '../../../../../static/app/src/intake/list-intake-choices';

describe('listIntakeChoices', () => {
  it('offers the board’s programs with "No program" last when a proposal has none, its themes, and every stage in order', () => {
    const choices = listIntakeChoices({ programs: ['Core', 'Digital'], themes: ['Compliance', 'Growth'], withoutProgram: true });
    expect(choices.programs.map((choice) => choice.value)).toEqual(['Core', 'Digital', 'No program']);
    expect(choices.themes.map((choice) => choice.label)).toEqual(['Compliance', 'Growth']);
    expect(choices.stages.map((choice) => choice.label)).toEqual(['Submitted', 'Screening', 'Approved', 'Deferred', 'Rejected']);
  });

  it('offers no "No program" when every proposal is in a program', () => {
    expect(listIntakeChoices({ programs: ['Core'], themes: [], withoutProgram: false }).programs.map((choice) => choice.value)).toEqual(['Core']);
  });
});
