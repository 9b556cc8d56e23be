import { toBoardQuery } from '../../../../../static/app/src/intake/to-board-query';

describe('toBoardQuery', () => {
  it.each([
    ['asks for every proposal when every filter is All', { program: null, theme: null, stage: null }, 0, { offset: 0, limit: 100 }],
    [
      'asks for proposals in no program when "No program" is chosen',
      { program: 'No program', theme: null, stage: null },
      0,
      { program: null, offset: 0, limit: 100 },
    ],
    [
      'names the program, theme and stage chosen, and the page',
      { program: 'Digital', theme: 'Growth', stage: 'screening' as const },
      200,
      { program: 'Digital', theme: 'Growth', stage: 'screening', offset: 200, limit: 100 },
    ],
  ])('%s', (_what, filter, offset, query) => {
    expect(toBoardQuery(filter, offset, 100)).toEqual(query);
  });
});
