import { createOpenApiValidator, type OpenApiValidator } from '../../../local/openapi/create-openapi-validator';
import { loadOpenApiDocument } from '../../../local/openapi/load-openapi-document';
import { jiraOpenApiPath, openApiDocumentAvailable } from '../../support/find-openapi-document';
import { auditRequest, type AuditedRequest } from './audit-traffic';

const withDocument = openApiDocumentAvailable();

const request = (overrides: Partial<AuditedRequest>): AuditedRequest => ({
  method: 'POST',
  path: '/rest/api/3/search/jql',
  query: {},
  requestBody: { jql: 'project = CORE', fields: ['summary', 'status'], maxResults: 100 },
  status: 200,
  responseBody: { issues: [], isLast: true },
  ...overrides,
});

(withDocument ? describe : describe.skip)('auditRequest', () => {
  let validator: OpenApiValidator;
  beforeAll(() => {
    validator = createOpenApiValidator(loadOpenApiDocument(jiraOpenApiPath), { now: new Date('2026-11-20T12:00:00.000Z') });
  });

  it.each<[string, Partial<AuditedRequest>]>([
    ['a search naming its fields', {}],
    ['a search for ids only', { requestBody: { jql: 'project = CORE', maxResults: 100 } }],
    [
      'an issue read with a field list in the query',
      {
        method: 'GET',
        path: '/rest/api/3/issue/CORE-1',
        query: { fields: 'summary,status' },
        requestBody: null,
        responseBody: { id: '10001', key: 'CORE-1', fields: {} },
      },
    ],
  ])('passes %s', (_name, overrides) => {
    expect(auditRequest(request(overrides), validator)).toEqual([]);
  });

  it.each<[string, Partial<AuditedRequest>, RegExp]>([
    ['the removed search endpoint', { method: 'GET', path: '/rest/api/3/search', query: { jql: 'project = CORE' }, requestBody: null }, /search/],
    ['an undocumented path', { method: 'GET', path: '/rest/api/3/no-such-thing', requestBody: null }, /no such path/],
    [
      'an unknown query parameter',
      { method: 'GET', path: '/rest/api/3/myself', query: { verbose: 'true' }, requestBody: null, responseBody: { accountId: 'a' } },
      /verbose/,
    ],
    ['a search asking for every field', { requestBody: { jql: 'project = CORE', fields: ['*all'] } }, /every field/],
    [
      'an issue read with no field list',
      { method: 'GET', path: '/rest/api/3/issue/CORE-1', requestBody: null, responseBody: { id: '10001', key: 'CORE-1', fields: {} } },
      /without naming its fields/,
    ],
    [
      'a bulk fetch of navigable fields',
      {
        path: '/rest/api/3/issue/bulkfetch',
        requestBody: { issueIdsOrKeys: ['CORE-1'], fields: ['*navigable'] },
        responseBody: { issues: [], issueErrors: [] },
      },
      /every field/,
    ],
    ['an answer of the wrong shape', { responseBody: { issues: 'none' } }, /response/],
  ])('flags %s', (_name, overrides, problem) => {
    const problems = auditRequest(request(overrides), validator);
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });
});
