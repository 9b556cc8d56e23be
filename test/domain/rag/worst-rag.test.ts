import type { Rag } from '../../../src/domain/rag/rag';
import { worstRag } from '../../../src/domain/rag/worst-rag';

describe('worstRag', () => {
  it.each<[string, Rag[], Rag, Rag]>([
    ['answers grey for nothing', [], 'grey', 'grey'],
    ['ranks red over amber', ['amber', 'red', 'green'], 'red', 'red'],
    ['ranks amber over green', ['green', 'amber'], 'amber', 'amber'],
    ['ignores grey unless in "worst" mode', ['green', 'grey'], 'green', 'grey'],
    ['ranks amber over grey in both modes', ['grey', 'amber'], 'amber', 'amber'],
    ['answers grey when everything is grey', ['grey', 'grey'], 'grey', 'grey'],
  ])('%s', (_behaviour, rags, ignoringGrey, countingGrey) => {
    expect([worstRag(rags), worstRag(rags, 'worst')]).toEqual([ignoringGrey, countingGrey]);
  });
});
