import { describeTrend } from '../../../../../static/app/src/portfolio/describe-trend';
import { compareRollups } from '../../../../../src/domain/trend/compare-rollups';
import { aRollup } from './a-portfolio';

// A milestone due after the snapshots keeps the schedule green, so the overall colour has data to change from.
const due = '2026-04-01';

describe('describeTrend', () => {
  it('says there is nothing to compare with before a second snapshot', () => {
    expect(describeTrend(null)).toEqual({ arrow: '–', label: 'No earlier snapshot to compare with', rank: 0 });
  });

  it.each([
    [
      'an overall colour that got worse',
      aRollup('PR', null, { done: 2, due }),
      aRollup('PR', null, { done: 2, risk: 'critical', due }),
      '↓',
      -2,
      /^Overall green to red since 2026-03-10$/,
    ],
    [
      'an overall colour that got better',
      aRollup('PR', null, { done: 2, risk: 'critical', due }),
      aRollup('PR', null, { done: 2, due }),
      '↑',
      2,
      /^Overall red to green since/,
    ],
    [
      'progress that rose with the colour unchanged',
      aRollup('PR', null, { done: 1, due }),
      aRollup('PR', null, { done: 3, due }),
      '↑',
      1,
      /^Progress up 40 points since/,
    ],
    [
      'progress that fell with the colour unchanged',
      aRollup('PR', null, { done: 3, due }),
      aRollup('PR', null, { done: 2, due }),
      '↓',
      -1,
      /^Progress down 20 points since/,
    ],
    ['nothing that changed', aRollup('PR', null, { done: 2, due }), aRollup('PR', null, { done: 2, due }), '→', 0, /^No change in progress since/],
  ])('shows %s', (_what, previous, current, arrow, rank, label) => {
    const summary = describeTrend(compareRollups(previous, current));
    expect(summary.arrow).toBe(arrow);
    expect(summary.rank).toBe(rank);
    expect(summary.label).toMatch(label);
  });
});
