import { kvs, WhereConditions } from '@forge/kvs';

/** Forge's largest query page. */
const QUERY_PAGE = 100;

/**
 * The stored keys and values whose key begins with `prefix`, in key order, read a page (100) at a time: every one, or
 * only the first `limit` (then no page is read past them).
 */
export async function queryByPrefix(prefix: string, limit = Number.POSITIVE_INFINITY): Promise<{ key: string; value: unknown }[]> {
  const found: { key: string; value: unknown }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(prefix))
      .limit(Math.min(QUERY_PAGE, limit - found.length));
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const result of page.results) found.push({ key: result.key, value: result.value });
    cursor = page.nextCursor;
  } while (cursor !== undefined && found.length < limit);
  return found;
}
