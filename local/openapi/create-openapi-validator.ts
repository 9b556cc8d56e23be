import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { coerceQueryValue } from './coerce-query-value';
import { compareTemplateSpecificity } from './compare-template-specificity';
import { COMPONENTS_ID, convertOpenApiSchema } from './convert-openapi-schema';
import { applyDocumentCorrections } from './document-corrections';
import { formatAjvErrors } from './format-ajv-errors';
import { matchPathTemplate } from './match-path-template';
import { openApiDocumentSchema, operationSchema, type OpenApiOperation } from './openapi-document-schema';
import { removalNotice } from './removal-notice';

export interface OpenApiValidator {
  /** Problems with a request: unknown path/method (removed endpoints count), unknown query parameter, body not matching the schema. Empty when fine. */
  checkRequest(r: { method: string; path: string; query: Record<string, string>; body?: unknown }): string[];
  /** Problems with a response body against the operation's schema for that status (or default). */
  checkResponse(r: { method: string; path: string; status: number; body: unknown }): string[];
}

/**
 * Jira writes date-times with a basic offset ("+0000"), which RFC 3339's date-time format refuses; the validator
 * accepts both forms so that only real shape problems are reported.
 */
const JIRA_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

interface IndexedOperation {
  readonly template: string;
  readonly method: string;
  readonly operation: OpenApiOperation;
}

function jsonSchemaOf(content: Readonly<Record<string, { schema?: unknown }>> | undefined): unknown {
  return content?.['application/json']?.schema ?? content?.['*/*']?.schema;
}

/**
 * Checks requests and responses against an OpenAPI 3 document (Jira's own), for the fake's contract tests and for
 * audits of the app's recorded traffic. Paths match templates with literal segments preferred; schemas are compiled
 * per operation on first use, since the document is large; Jira's known departures from its document are corrected
 * first (see DOCUMENT_CORRECTIONS).
 *
 * @example
 * const validator = createOpenApiValidator(loadOpenApiDocument(path));
 * validator.checkResponse({ method: 'GET', path: '/rest/api/3/myself', status: 200, body }); // [] when it fits
 */
export function createOpenApiValidator(document: unknown, options: { now?: Date } = {}): OpenApiValidator {
  const parsed = openApiDocumentSchema.parse(document);
  const now = options.now ?? new Date();
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('date-time', JIRA_DATE_TIME);
  const schemas = applyDocumentCorrections(parsed.components?.schemas ?? {});
  ajv.addSchema({
    $id: COMPONENTS_ID,
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, convertOpenApiSchema(s)])) },
  });

  const operations: IndexedOperation[] = Object.entries(parsed.paths)
    .sort(([a], [b]) => compareTemplateSpecificity(a, b))
    .flatMap(([template, methods]) =>
      Object.entries(methods).flatMap(([method, raw]) => {
        const operation = operationSchema.safeParse(raw);
        return HTTP_METHODS.has(method) && operation.success ? [{ template, method: method.toUpperCase(), operation: operation.data }] : [];
      }),
    );
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: unknown): ValidateFunction => {
    let validate = compiled.get(key);
    if (validate === undefined) {
      validate = ajv.compile(typeof schema === 'object' && schema !== null ? (convertOpenApiSchema(schema) as object) : {});
      compiled.set(key, validate);
    }
    return validate;
  };

  const find = (method: string, rawPath: string): { found: IndexedOperation } | { problem: string } => {
    const path = rawPath.split('?')[0] ?? rawPath;
    const upper = method.toUpperCase();
    const fitting = operations.filter((o) => matchPathTemplate(o.template, path) !== null);
    if (fitting.length === 0) return { problem: `${upper} ${path}: no such path in the Jira REST API document` };
    const found = fitting.find((o) => o.method === upper);
    if (found === undefined) {
      return {
        problem: `${upper} ${path}: method not in the document (it allows ${[...new Set(fitting.map((o) => o.method))].join(', ')} for ${fitting[0]?.template ?? path})`,
      };
    }
    return { found };
  };

  return {
    checkRequest({ method, path, query, body }) {
      const located = find(method, path);
      if ('problem' in located) return [located.problem];
      const { template, operation } = located.found;
      const context = `${method.toUpperCase()} ${template}`;
      const removed = removalNotice(operation, now);
      const problems: string[] = removed === null ? [] : [`${context}: the operation has been removed (${removed})`];
      const queryParameters = (operation.parameters ?? []).filter((p) => p.in === 'query');
      for (const [name, value] of Object.entries(query)) {
        const parameter = queryParameters.find((p) => p.name === name);
        if (parameter === undefined) {
          problems.push(`${context}: unknown query parameter '${name}'`);
          continue;
        }
        const validate = validatorFor(`${context} query ${name}`, parameter.schema);
        if (!validate(coerceQueryValue(value, parameter.schema))) problems.push(...formatAjvErrors(`${context} query ${name}`, validate.errors));
      }
      for (const parameter of queryParameters) {
        if (parameter.required === true && !(parameter.name in query)) problems.push(`${context}: missing required query parameter '${parameter.name}'`);
      }
      const bodySchema = jsonSchemaOf(operation.requestBody?.content);
      if (body === undefined) {
        if (operation.requestBody?.required === true) problems.push(`${context}: a request body is required`);
      } else if (operation.requestBody === undefined) {
        problems.push(`${context}: the operation takes no request body`);
      } else if (bodySchema !== undefined) {
        const validate = validatorFor(`${context} body`, bodySchema);
        if (!validate(body)) problems.push(...formatAjvErrors(`${context} body`, validate.errors));
      }
      return problems;
    },
    checkResponse({ method, path, status, body }) {
      const located = find(method, path);
      if ('problem' in located) return [located.problem];
      const { template, operation } = located.found;
      const context = `${method.toUpperCase()} ${template} ${status}`;
      const code = String(status);
      const response = operation.responses[code] ?? operation.responses[`${code[0] ?? ''}XX`] ?? operation.responses['default'];
      if (response === undefined) return status >= 200 && status < 300 ? [`${context}: status not documented for this operation`] : [];
      const schema = jsonSchemaOf(response.content);
      if (schema === undefined) return [];
      const validate = validatorFor(`${context} response`, schema);
      return validate(body) ? [] : formatAjvErrors(context, validate.errors);
    },
  };
}
