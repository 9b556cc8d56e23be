import { overallRag } from '../../../src/domain/rag/overall-rag';
import type { Rag } from '../../../src/domain/rag/rag';

function colours(schedule: Rag, scope: Rag, cost: Rag, risk: Rag, compliance: Rag) {
  return { schedule: { rag: schedule }, scope: { rag: scope }, cost: { rag: cost }, risk: { rag: risk }, compliance: { rag: compliance } };
}

describe('overallRag', () => {
  it.each([
    ['takes the worst colour and names it', colours('amber', 'green', 'red', 'green', 'grey'), 'red', 'Cost is red (compliance has no data)'],
    ['names every dimension at the worst colour', colours('amber', 'amber', 'green', 'green', 'green'), 'amber', 'Schedule and scope are amber'],
    ['lists three dimensions with commas', colours('red', 'red', 'red', 'green', 'green'), 'red', 'Schedule, scope and cost are red'],
    [
      'is green when every dimension with data is green',
      colours('green', 'green', 'grey', 'green', 'grey'),
      'green',
      'Every dimension with data is green (cost and compliance have no data)',
    ],
    ['is grey when no dimension has data', colours('grey', 'grey', 'grey', 'grey', 'grey'), 'grey', 'No dimension has data yet'],
  ])('%s', (_behaviour, decisions, rag, reason) => {
    expect(overallRag(decisions)).toEqual({ rag, reason });
  });

  it.each([
    ['lets missing data stop a green in "worst" mode', colours('green', 'green', 'grey', 'green', 'green'), 'grey'],
    ['lets amber outrank missing data in "worst" mode', colours('amber', 'green', 'grey', 'green', 'green'), 'amber'],
    ['is green in "worst" mode only when every dimension is green', colours('green', 'green', 'green', 'green', 'green'), 'green'],
  ])('%s', (_behaviour, decisions, rag) => {
    expect(overallRag(decisions, 'worst').rag).toBe(rag);
  });

  it('explains a grey overall in "worst" mode', () => {
    expect(overallRag(colours('green', 'green', 'grey', 'green', 'green'), 'worst').reason).toBe('Every dimension with data is green, but cost has no data');
  });
});
