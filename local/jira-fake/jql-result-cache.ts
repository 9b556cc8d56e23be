import type { SiteIndex } from './create-site-index';
import type { SiteIssue } from '../site/site-file-schema';

/** How many query results the fake keeps per site: enough for a refresh that pages through every project. */
const MAX_ENTRIES = 64;

const editCounts = new WeakMap<SiteIndex, number>();
const caches = new WeakMap<SiteIndex, Map<string, readonly SiteIssue[]>>();

/** Records that the site's issues changed, so no query answers from results computed before the change. */
export function noteSiteEdit(index: SiteIndex): void {
  editCounts.set(index, (editCounts.get(index) ?? 0) + 1);
}

/**
 * The issues a query finds for a viewer at an instant, computed once and reused while the site is unchanged, so
 * paging through a large result costs one evaluation instead of one per page (Jira keeps a search's order the same way).
 */
export function cachedJqlResult(index: SiteIndex, key: string, compute: () => readonly SiteIssue[]): readonly SiteIssue[] {
  const fullKey = `${String(editCounts.get(index) ?? 0)}|${key}`;
  let cache = caches.get(index);
  if (!cache) {
    cache = new Map();
    caches.set(index, cache);
  }
  const hit = cache.get(fullKey);
  if (hit) return hit;
  const result = compute();
  cache.set(fullKey, result);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return result;
}
