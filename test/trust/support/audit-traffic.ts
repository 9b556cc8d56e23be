import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { OpenApiValidator } from '../../../local/openapi/create-openapi-validator';

const trafficLineSchema = z.object({
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  requestBody: z.unknown(),
  status: z.number(),
  responseBody: z.unknown(),
});

export type AuditedRequest = z.infer<typeof trafficLineSchema>;

/** The requests of a traffic log (JSON lines, as the fake writes them), in the order they were answered. */
export function readTrafficLog(path: string): AuditedRequest[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => trafficLineSchema.parse(JSON.parse(line)));
}

/** Field selections that ask for everything rather than naming what the app reads. */
const WILDCARD_FIELDS = new Set(['*all', '*navigable', 'all', 'navigable']);

const bodyFieldsSchema = z.object({ fields: z.array(z.string()).optional() }).loose();

function fieldsOf(request: AuditedRequest): string[] | undefined {
  const inQuery = request.query.fields;
  if (inQuery !== undefined) return (Array.isArray(inQuery) ? inQuery : [inQuery]).flatMap((value) => value.split(','));
  const body = bodyFieldsSchema.safeParse(request.requestBody);
  return body.success ? body.data.fields : undefined;
}

/** Reads of issue content: each must name its fields; a JQL search without `fields` asks for ids only, which is fine. */
const ISSUE_READS: readonly { pattern: RegExp; idsOnlyAllowed: boolean }[] = [
  { pattern: /^\/rest\/api\/3\/search\/jql$/, idsOnlyAllowed: true },
  { pattern: /^\/rest\/api\/3\/issue\/bulkfetch$/, idsOnlyAllowed: false },
  { pattern: /^\/rest\/api\/3\/issue\/[^/]+$/, idsOnlyAllowed: false },
];

/**
 * The problems of one recorded request: an undocumented or removed endpoint, an unknown parameter, a body or answer
 * that does not match the OpenAPI document, or an issue read that does not name its fields explicitly.
 */
export function auditRequest(request: AuditedRequest, validator: OpenApiValidator): string[] {
  const where = `${request.method} ${request.path}`;
  const query = Object.fromEntries(Object.entries(request.query).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]));
  const hasBody = request.requestBody !== null && request.requestBody !== undefined;
  const problems = validator
    .checkRequest({ method: request.method, path: request.path, query, ...(hasBody ? { body: request.requestBody } : {}) })
    .map((p) => `${where} request: ${p}`);
  // Status 0 is a connection reset: there is no answer to check.
  if (request.status !== 0) {
    problems.push(
      ...validator
        .checkResponse({ method: request.method, path: request.path, status: request.status, body: request.responseBody })
        .map((p) => `${where} response: ${p}`),
    );
  }
  const issueRead = ISSUE_READS.find((read) => read.pattern.test(request.path) && (request.method === 'GET' || request.method === 'POST'));
  if (issueRead !== undefined) {
    const fields = fieldsOf(request);
    if (fields === undefined && !issueRead.idsOnlyAllowed) problems.push(`${where} reads issues without naming its fields`);
    if (fields?.some((field) => WILDCARD_FIELDS.has(field.trim())) === true)
      problems.push(`${where} asks for every field (${fields.join(',')}) instead of an explicit list`);
  }
  return problems;
}
