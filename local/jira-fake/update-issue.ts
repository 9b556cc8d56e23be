import { isDeepStrictEqual } from 'node:util';
import { siteIssueSchema, type ChangelogHistory } from '../site/site-file-schema';
import type { SiteIndex } from './create-site-index';
import { noteSiteEdit } from './jql-result-cache';
import { formatJiraDateTime } from './format-jira-date-time';
import { isRecord } from './jql/read-identifiers';

type ChangeItem = ChangelogHistory['items'][number];

function describe(value: unknown): { id: string | null; text: string | null } {
  if (value === null || value === undefined) return { id: null, text: null };
  if (Array.isArray(value)) {
    const parts = value.map((v) => describe(v).text ?? '').filter((t) => t !== '');
    return { id: null, text: parts.length === 0 ? null : parts.join(' ') };
  }
  if (isRecord(value)) {
    const id = value['accountId'] ?? value['id'] ?? value['key'];
    const text = value['displayName'] ?? value['name'] ?? value['value'] ?? value['key'];
    return { id: typeof id === 'string' ? id : null, text: typeof text === 'string' ? text : null };
  }
  return { id: null, text: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null };
}

/** Equal as JSON: site data may come from parsers that build objects without the usual prototype. */
function sameJson(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
}

const lastHistoryIds = new WeakMap<SiteIndex, number>();

/** The next changelog history id: one past the highest on the site, found once and then counted on. */
function nextHistoryId(index: SiteIndex): string {
  let last = lastHistoryIds.get(index);
  if (last === undefined) {
    last = 10_000;
    for (const issue of index.site.issues) {
      for (const history of issue.changelog?.histories ?? []) {
        const id = Number(history.id);
        if (Number.isFinite(id) && id > last) last = id;
      }
    }
  }
  lastHistoryIds.set(index, last + 1);
  return String(last + 1);
}

/**
 * Edits an issue as a user would in Jira: sets the patched fields, sets `fields.updated` to `at`, and appends one
 * changelog history listing each field that really changed. The edited issue must still be a valid site issue.
 *
 * @example
 * updateIssue(index, 'PMO-1', { duedate: '2026-12-01' }, new Date('2026-11-10T09:00:00Z'), 'alice');
 */
export function updateIssue(index: SiteIndex, key: string, patch: Readonly<Record<string, unknown>>, at: Date, authorAccountId?: string): void {
  const issue = index.findIssue(key);
  if (issue === undefined) throw new Error(`updateIssue: the site has no issue ${key}.`);
  const fields: Record<string, unknown> = { ...issue.fields };
  const items: ChangeItem[] = [];
  for (const [fieldId, value] of Object.entries(patch)) {
    const before = fields[fieldId];
    if (sameJson(before, value)) continue;
    fields[fieldId] = value;
    const field = index.fieldById.get(fieldId);
    const from = describe(before);
    const to = describe(value);
    items.push({
      field: field?.custom === true ? field.name : fieldId,
      fieldtype: field?.custom === true ? 'custom' : 'jira',
      fieldId,
      from: from.id,
      fromString: from.text,
      to: to.id,
      toString: to.text,
    });
  }
  fields['updated'] = formatJiraDateTime(at);
  const checked = siteIssueSchema.shape.fields.safeParse(fields);
  if (!checked.success) {
    throw new Error(`updateIssue: ${key} would no longer be a valid issue: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  issue.fields = checked.data;
  if (items.length === 0) return;
  const author = authorAccountId === undefined ? undefined : index.userById.get(authorAccountId);
  const history: ChangelogHistory = {
    id: nextHistoryId(index),
    ...(authorAccountId === undefined ? {} : { author: { accountId: authorAccountId, ...(author ? { displayName: author.displayName } : {}) } }),
    created: formatJiraDateTime(at),
    items,
  };
  issue.changelog = { histories: [...(issue.changelog?.histories ?? []), history] };
  noteSiteEdit(index);
}
