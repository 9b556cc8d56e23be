import { matchPathTemplate } from '../../../local/openapi/match-path-template';

describe('matchPathTemplate', () => {
  it.each([
    ['a literal path', '/rest/api/3/myself', '/rest/api/3/myself', {}],
    ['a parameter', '/rest/api/3/issue/{issueIdOrKey}', '/rest/api/3/issue/PMO-1', { issueIdOrKey: 'PMO-1' }],
    ['an encoded parameter', '/rest/api/3/issue/{issueIdOrKey}', '/rest/api/3/issue/PMO%2D1', { issueIdOrKey: 'PMO-1' }],
    ['two parameters', '/a/{x}/b/{y}', '/a/1/b/2', { x: '1', y: '2' }],
  ])('matches %s', (_name, template, path, params) => {
    expect(matchPathTemplate(template, path)).toEqual(params);
  });

  it.each([
    ['another literal', '/rest/api/3/myself', '/rest/api/3/myselves'],
    ['more segments', '/rest/api/3/issue/{id}', '/rest/api/3/issue/PMO-1/comment'],
    ['an empty parameter', '/rest/api/3/issue/{id}', '/rest/api/3/issue/'],
    ['a malformed escape', '/rest/api/3/issue/{id}', '/rest/api/3/issue/%E0%A4%A'],
  ])('refuses %s', (_name, template, path) => {
    expect(matchPathTemplate(template, path)).toBeNull();
  });
});
