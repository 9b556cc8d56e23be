import { formatIndex } from '../../../../../static/app/src/portfolio/format-index';

describe('formatIndex', () => {
  it.each<[number | null, string]>([
    [1.0797, '1.08'],
    [0.8, '0.80'],
    [null, '–'],
  ])('shows %s as %s', (index, text) => {
    expect(formatIndex(index)).toBe(text);
  });
});
