import { kvs, WhereConditions } from '@forge/kvs';

/** Every stored key and value whose key begins with `prefix`, in key order, read a page (100) at a time. */
export async function queryByPrefix(prefix: string): Promise<{ key: string; value: unknown }[]> {
  const found: { key: string; value: unknown }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const result of page.results) found.push({ key: result.key, value: result.value });
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return found;
}
