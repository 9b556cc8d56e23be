import { compareTemplateSpecificity } from '../../../local/openapi/compare-template-specificity';

describe('compareTemplateSpecificity', () => {
  it.each([
    [
      ['/search/{x}', '/search/jql'],
      ['/search/jql', '/search/{x}'],
    ],
    [
      ['/issue/{id}', '/issue/bulkfetch', '/issue/{id}/comment'],
      ['/issue/bulkfetch', '/issue/{id}', '/issue/{id}/comment'],
    ],
    [
      ['/{a}/b', '/a/{b}'],
      ['/a/{b}', '/{a}/b'],
    ],
  ])('sorts %j literal segments first: %j', (input, expected) => {
    expect([...input].sort(compareTemplateSpecificity)).toEqual(expected);
  });
});
