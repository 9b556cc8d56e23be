import { createOpenApiValidator } from '../../../local/openapi/create-openapi-validator';
import { MINI_DOCUMENT } from './mini-document';

const validator = createOpenApiValidator(MINI_DOCUMENT, { now: new Date('2026-11-10T00:00:00Z') });

describe('createOpenApiValidator: requests', () => {
  it.each([
    ['a known operation with a fitting body', { method: 'POST', path: '/rest/api/3/search/jql', query: {}, body: { jql: 'project = PMO', maxResults: 10 } }],
    [
      'typed query parameters',
      { method: 'GET', path: '/rest/api/3/issue/PMO-1', query: { fields: 'summary,status', maxResults: '50', fieldsByKeys: 'true', orderBy: '-key' } },
    ],
    ['a method in any case, a path with its query string', { method: 'get', path: '/rest/api/3/issue/PMO-1?fields=summary', query: {} }],
    ['a required parameter given', { method: 'GET', path: '/rest/api/3/mypermissions', query: { permissions: 'BROWSE_PROJECTS' } }],
    ['an operation whose removal date is still ahead', { method: 'POST', path: '/rest/api/3/workflow', query: {} }],
  ])('finds no problem with %s', (_name, request) => {
    expect(validator.checkRequest(request)).toEqual([]);
  });

  it.each([
    ['an unknown path', { method: 'GET', path: '/rest/api/3/nowhere', query: {} }, /no such path/],
    ['an unknown method', { method: 'DELETE', path: '/rest/api/3/search/jql', query: {} }, /method not in the document \(it allows POST/],
    ['the removed search', { method: 'GET', path: '/rest/api/3/search', query: {} }, /has been removed \(Endpoint is currently being removed/],
    ['an operation past its removal date', { method: 'GET', path: '/rest/api/3/workflow', query: {} }, /has been removed \(Removed on February 1, 2026/],
    ['an unknown query parameter', { method: 'GET', path: '/rest/api/3/issue/PMO-1', query: { startAt: '0' } }, /unknown query parameter 'startAt'/],
    [
      'a query parameter of the wrong type',
      { method: 'GET', path: '/rest/api/3/issue/PMO-1', query: { maxResults: 'ten' } },
      /query maxResults: \(root\) must be integer/,
    ],
    [
      'a query parameter outside its enum',
      { method: 'GET', path: '/rest/api/3/issue/PMO-1', query: { orderBy: 'name' } },
      /must be equal to one of the allowed values/,
    ],
    ['a missing required parameter', { method: 'GET', path: '/rest/api/3/mypermissions', query: {} }, /missing required query parameter 'permissions'/],
    [
      'a body with an unknown property',
      { method: 'POST', path: '/rest/api/3/search/jql', query: {}, body: { jql: 'x', startAt: 0 } },
      /must NOT have additional properties \(startAt\)/,
    ],
    [
      'a body of the wrong type',
      { method: 'POST', path: '/rest/api/3/search/jql', query: {}, body: { jql: 'x', fields: 'summary' } },
      /\/fields must be array/,
    ],
    ['a missing required body', { method: 'POST', path: '/rest/api/3/search/jql', query: {} }, /a request body is required/],
    ['a body the operation does not take', { method: 'GET', path: '/rest/api/3/issue/PMO-1', query: {}, body: {} }, /takes no request body/],
  ])('reports %s', (_name, request, problem) => {
    expect(validator.checkRequest(request)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('prefers literal path segments over templated ones', () => {
    expect(validator.checkResponse({ method: 'POST', path: '/rest/api/3/search/jql', status: 200, body: { templated: true } })).toEqual(
      expect.arrayContaining([expect.stringContaining('POST /rest/api/3/search/jql 200')]),
    );
    expect(validator.checkResponse({ method: 'POST', path: '/rest/api/3/search/other', status: 200, body: { templated: true } })).toEqual([]);
  });
});

describe('createOpenApiValidator: responses', () => {
  const issue = { id: '10001', key: 'PMO-1', self: 'https://x.example.net/rest/api/3/issue/10001', fields: { summary: 'anything', custom: [1, { a: 2 }] } };

  it.each([
    ['a fitting body', 200, { issues: [issue], isLast: true }],
    ['a nullable property set to null', 200, { issues: [{ ...issue, resolved: null }], isLast: true }],
    ["a date-time with Jira's basic offset", 200, { issues: [{ ...issue, resolved: '2026-11-01T10:00:00.000+0000' }], isLast: true }],
    ['a date-time in RFC 3339', 200, { issues: [{ ...issue, resolved: '2026-11-01T10:00:00Z' }], isLast: true }],
    ['a documented status without a schema', 400, 'anything'],
    ['an undocumented error status', 503, '<html>Service Unavailable</html>'],
  ])('finds no problem with %s', (_name, status, body) => {
    expect(validator.checkResponse({ method: 'POST', path: '/rest/api/3/search/jql', status, body })).toEqual([]);
  });

  it.each([
    ['an unknown property', { issues: [{ ...issue, bogus: 1 }], isLast: true }, /\/issues\/0 must NOT have additional properties \(bogus\)/],
    ['a wrong type', { issues: [], isLast: 'yes' }, /\/isLast must be boolean/],
    ['a self that is not a URI', { issues: [{ ...issue, self: 'not a uri' }] }, /\/issues\/0\/self must match format "uri"/],
    ['a date-time that is not one', { issues: [{ ...issue, resolved: 'yesterday' }] }, /must match format "date-time"/],
  ])('reports %s', (_name, body, problem) => {
    expect(validator.checkResponse({ method: 'POST', path: '/rest/api/3/search/jql', status: 200, body })).toEqual(
      expect.arrayContaining([expect.stringMatching(problem)]),
    );
  });

  it('checks an error status against the default response', () => {
    expect(validator.checkResponse({ method: 'GET', path: '/rest/api/3/issue/X-1', status: 404, body: { errorMessages: ['gone'], errors: {} } })).toEqual([]);
    expect(validator.checkResponse({ method: 'GET', path: '/rest/api/3/issue/X-1', status: 404, body: { message: 'gone' } })).toEqual(
      expect.arrayContaining([expect.stringContaining('must NOT have additional properties (message)')]),
    );
  });

  it('reports a success status the operation does not document', () => {
    expect(validator.checkResponse({ method: 'POST', path: '/rest/api/3/search/jql', status: 201, body: {} })).toEqual([
      expect.stringMatching(/status not documented/),
    ]);
  });

  it("applies the corrections for Jira's known departures from its document", () => {
    expect(validator.checkResponse({ method: 'POST', path: '/rest/api/3/search/jql', status: 200, body: { issues: [] } })).toEqual([]);
    const bulk = createOpenApiValidator({
      paths: {
        '/bulk': { post: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/BulkIssueResults' } } } } } } },
      },
      components: MINI_DOCUMENT.components,
    });
    expect(bulk.checkResponse({ method: 'POST', path: '/bulk', status: 200, body: { expand: 'schema,names', issues: [] } })).toEqual([]);
    expect(bulk.checkResponse({ method: 'POST', path: '/bulk', status: 200, body: { expanded: 'x', issues: [] } })).toHaveLength(1);
  });

  it('refuses a document without paths', () => {
    expect(() => createOpenApiValidator({ openapi: '3.0.1' })).toThrow();
  });
});
