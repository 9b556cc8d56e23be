import type { AuthoredDueDateChange } from './authored-due-date-change';
import { fetchFieldChanges } from './fetch-field-changes';
import type { JiraClient } from './jira-client';

/** A string the item itself holds under `key` (never one inherited from Object.prototype). */
function own(item: Readonly<Record<string, unknown>>, key: string): string | null {
  const value = Object.hasOwn(item, key) ? item[key] : null;
  return typeof value === 'string' ? value : null;
}

/**
 * The date a due date change item holds: `from`/`to` carry it as `YYYY-MM-DD`; where they are empty, the display
 * string (`2026-12-01 00:00:00.0` in Jira Cloud) is read by its leading date.
 */
function dayOf(item: Readonly<Record<string, unknown>>, key: 'from' | 'to'): string | null {
  const datePrefix = /^\d{4}-\d{2}-\d{2}/;
  return datePrefix.exec(own(item, key) ?? '')?.[0] ?? datePrefix.exec(own(item, `${key}String`) ?? '')?.[0] ?? null;
}

/**
 * Every due date change of the given issues (id to key) from the bulk changelog (POST /rest/api/3/changelog/bulkfetch,
 * the due date field only), with each change's author where Jira names one. Issues the caller may not see are left
 * out by Jira.
 */
export async function fetchDueDateChanges(client: JiraClient, issues: ReadonlyMap<string, string>): Promise<AuthoredDueDateChange[]> {
  return (await fetchFieldChanges(client, issues, 'duedate')).map(({ item, ...change }) => ({ ...change, from: dayOf(item, 'from'), to: dayOf(item, 'to') }));
}
