import { renderTextTable } from '../../../scripts/bench/render-text-table';

describe('renderTextTable', () => {
  it('lines a header, a rule and rows up in columns as wide as their widest cell', () => {
    expect(
      renderTextTable(
        ['n', 'label'],
        [
          ['1,000', 'ab'],
          ['5', 'abcdefg'],
        ],
        [1],
      ).split('\n'),
    ).toEqual(['    n | label  ', '------|--------', '1,000 | ab     ', '    5 | abcdefg']);
  });

  it('right-aligns every column not named as a label', () => {
    expect(renderTextTable(['a', 'b'], [['x', 'yyy']]).split('\n')[2]).toBe('x | yyy');
  });

  it('renders a header and rule alone when there are no rows', () => {
    expect(renderTextTable(['issues', 'pts'], [])).toBe('issues | pts\n-------|----');
  });
});
