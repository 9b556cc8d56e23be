import type { SiteField, SiteIssue } from '../../site/site-file-schema';
import { parseJiraDateTime } from '../parse-jira-date-time';
import type { JqlContext } from './jql-context';
import type { JqlField } from './jql-field';
import { isRecord, readIdentifiers } from './read-identifiers';

type Shape = 'number' | 'date' | 'text' | 'option' | 'user' | 'string-list';

const CUSTOM_ID = /^cf\[(\d+)\]$/i;

function shapeFromSchema(schema: SiteField['schema']): Shape | null {
  if (schema === undefined) return null;
  const type = schema.type === 'array' ? (schema.items ?? 'string') : schema.type;
  if (type === 'number') return 'number';
  if (type === 'date' || type === 'datetime') return 'date';
  if (type === 'user') return 'user';
  if (type === 'option' || type === 'option-with-child') return 'option';
  if (type === 'string') return schema.type === 'array' ? 'string-list' : 'text';
  return 'option';
}

function shapeFromValues(fieldId: string, issues: readonly SiteIssue[]): Shape {
  for (const issue of issues) {
    const raw = issue.fields[fieldId];
    const value: unknown = Array.isArray(raw) ? raw[0] : raw;
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') return 'number';
    if (typeof value === 'string') return Array.isArray(raw) ? 'string-list' : parseJiraDateTime(value) === null ? 'text' : 'date';
    if (isRecord(value)) return 'accountId' in value ? 'user' : 'option';
  }
  return 'text';
}

function readNumbers(value: unknown): number[] {
  const items: readonly unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((v) => (typeof v === 'number' ? [v] : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? [Number(v)] : []));
}

/**
 * A custom field named in JQL as `cf[10016]` or by its name ("Story Points"), typed from the site file's field schema
 * (or, failing that, from the values on issues). Undefined when the site has no such field.
 */
export function resolveCustomField(name: string, ctx: JqlContext): JqlField | undefined {
  const { site } = ctx.index;
  const byId = CUSTOM_ID.exec(name);
  const lower = name.toLowerCase();
  const field = byId
    ? site.fields.find((f) => f.id === `customfield_${byId[1] ?? ''}`)
    : site.fields.find((f) => f.custom && (f.name.toLowerCase() === lower || (f.clauseNames ?? []).some((c) => c.toLowerCase() === lower)));
  const fieldId = field?.id ?? (byId ? `customfield_${byId[1] ?? ''}` : undefined);
  if (fieldId === undefined) return undefined;
  if (field === undefined && !site.issues.some((i) => fieldId in i.fields)) return undefined;
  const shape = shapeFromSchema(field?.schema) ?? shapeFromValues(fieldId, site.issues);
  switch (shape) {
    case 'number':
      return { kind: 'number', name, read: (issue) => readNumbers(issue.fields[fieldId]) };
    case 'date':
      return {
        kind: 'date',
        name,
        read: (issue) => {
          const v = issue.fields[fieldId];
          return typeof v === 'string' ? parseJiraDateTime(v) : null;
        },
      };
    case 'text':
      return {
        kind: 'text',
        name,
        read: (issue) => {
          const v = issue.fields[fieldId];
          return typeof v === 'string' ? v : null;
        },
      };
    case 'user':
      return { kind: 'identity', name, users: true, read: (issue) => readIdentifiers(issue.fields[fieldId], ['accountId']) };
    case 'option':
      return { kind: 'identity', name, read: (issue) => readIdentifiers(issue.fields[fieldId], ['value', 'id', 'name', 'key']) };
    case 'string-list':
      return { kind: 'identity', name, read: (issue) => readIdentifiers(issue.fields[fieldId], []) };
  }
}
