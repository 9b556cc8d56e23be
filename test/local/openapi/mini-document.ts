/** A tiny OpenAPI 3 document in Jira's style, to test the validator without the 2.4 MB official one. */
export const MINI_DOCUMENT = {
  openapi: '3.0.1',
  paths: {
    '/rest/api/3/search/jql': {
      post: {
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchRequest' } } } },
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResults' } } } },
          '400': { description: 'Bad JQL' },
        },
      },
    },
    '/rest/api/3/search/{mode}': {
      post: {
        responses: {
          '200': { content: { 'application/json': { schema: { type: 'object', properties: { templated: { type: 'boolean' } }, required: ['templated'] } } } },
        },
      },
    },
    '/rest/api/3/issue/{issueIdOrKey}': {
      get: {
        parameters: [
          { in: 'path', name: 'issueIdOrKey', required: true, schema: { type: 'string' } },
          { in: 'query', name: 'fields', schema: { type: 'array', items: { type: 'string' } } },
          { in: 'query', name: 'maxResults', schema: { type: 'integer', format: 'int32' } },
          { in: 'query', name: 'fieldsByKeys', schema: { type: 'boolean' } },
          { in: 'query', name: 'orderBy', schema: { type: 'string', enum: ['key', '-key'] } },
        ],
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Issue' } } } },
          default: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorCollection' } } } },
        },
      },
    },
    '/rest/api/3/mypermissions': {
      get: {
        parameters: [{ in: 'query', name: 'permissions', required: true, schema: { type: 'string' } }],
        responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/rest/api/3/search': {
      get: {
        deprecated: true,
        description: 'Endpoint is currently being removed. [More details](https://developer.atlassian.com/changelog/#CHANGE-2046)',
        responses: { '200': { description: 'ok' } },
      },
    },
    '/rest/api/3/workflow': {
      get: {
        deprecated: true,
        description: 'This will be removed on [February 1, 2026](https://example.com); use search.',
        responses: { '200': { description: 'ok' } },
      },
      post: { deprecated: true, description: 'This will be removed on [February 1, 2099](https://example.com).', responses: { '201': { description: 'ok' } } },
    },
  },
  components: {
    schemas: {
      SearchRequest: {
        type: 'object',
        additionalProperties: false,
        properties: { jql: { type: 'string' }, maxResults: { type: 'integer', format: 'int32' }, fields: { type: 'array', items: { type: 'string' } } },
      },
      SearchResults: {
        type: 'object',
        additionalProperties: false,
        properties: {
          issues: { type: 'array', items: { $ref: '#/components/schemas/Issue' } },
          nextPageToken: { type: 'string' },
          isLast: { type: 'boolean' },
        },
      },
      Issue: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          key: { type: 'string' },
          self: { type: 'string', format: 'uri' },
          fields: { type: 'object', additionalProperties: {} },
          resolved: { type: 'string', format: 'date-time', nullable: true },
        },
      },
      ErrorCollection: {
        type: 'object',
        additionalProperties: false,
        properties: { errorMessages: { type: 'array', items: { type: 'string' } }, errors: { type: 'object', additionalProperties: { type: 'string' } } },
      },
      BulkIssueResults: { type: 'object', additionalProperties: false, properties: { issues: { type: 'array' } } },
    },
  },
};
