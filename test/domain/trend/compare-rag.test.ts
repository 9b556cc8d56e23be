import type { Rag } from '../../../src/domain/rag/rag';
import { compareRag } from '../../../src/domain/trend/compare-rag';

describe('compareRag', () => {
  it.each<[string, Rag, Rag, boolean, string]>([
    ['calls amber to green better', 'amber', 'green', true, 'better'],
    ['calls red to amber better', 'red', 'amber', true, 'better'],
    ['calls green to red worse', 'green', 'red', true, 'worse'],
    ['calls an unchanged colour unchanged', 'amber', 'amber', false, 'unchanged'],
    ['calls grey to grey unchanged', 'grey', 'grey', false, 'unchanged'],
    ['cannot judge data appearing', 'grey', 'red', true, 'unknown'],
    ['cannot judge data disappearing', 'green', 'grey', true, 'unknown'],
  ])('%s', (_behaviour, previous, current, changed, assessment) => {
    expect(compareRag(previous, current)).toEqual({ previous, current, changed, assessment });
  });
});
