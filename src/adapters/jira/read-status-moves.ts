import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseInstant } from '../../domain/time/parse-instant';
import type { StatusMove } from '../../ports/status-move';
import { fetchFieldChanges } from './fetch-field-changes';
import type { JiraClient } from './jira-client';

/**
 * Every status move of the given issues (id to key), oldest first per issue, from the bulk changelog of the status
 * field alone: one request per 1,000 issues (and per page of histories). A change whose time cannot be read, or that
 * names no status, is left out.
 */
export async function readStatusMoves(client: JiraClient, issues: ReadonlyMap<string, string>): Promise<readonly StatusMove[]> {
  if (issues.size === 0) return [];
  return (await fetchFieldChanges(client, issues, 'status')).flatMap((change): StatusMove[] => {
    const at = parseInstant(change.at);
    // Read by entry: `toString` as a property name would find Object.prototype's function on an item without one.
    const to = Object.entries(change.item).find(([name]) => name === 'toString')?.[1];
    if (at === null || typeof to !== 'string' || to.trim() === '') return [];
    return [{ issueKey: change.key, to, at, by: change.by === undefined ? null : parseAccountId(change.by), byName: change.byName ?? null }];
  });
}
