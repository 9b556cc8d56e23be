import { formatRatio } from '../../../../../static/app/src/portfolio/format-ratio';

describe('formatRatio', () => {
  it.each<[number | null, string]>([
    [0.6629, '66%'],
    [0.999, '99%'],
    [1, '100%'],
    [0.29, '29%'],
    [0, '0%'],
    [null, '–'],
  ])('shows %s as %s, never rounding unfinished work up to 100%%', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });

  it('shows the given words for a missing figure', () => {
    expect(formatRatio(null, 'Not evaluated')).toBe('Not evaluated');
  });
});
