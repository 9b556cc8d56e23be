/** The JSON a shard is stored as: `{"version":1,"issues":[...]}`. */
export function shardValue<T>(issues: readonly T[]): { readonly version: 1; readonly issues: readonly T[] } {
  return { version: 1, issues };
}

const emptyShardBytes = Buffer.byteLength(JSON.stringify(shardValue([])));

/**
 * Splits entries, in order, into shards that fit: each shard's stored JSON (see `shardValue`) is at most `maxBytes`
 * bytes of UTF-8. With `startsShard`, a new shard also begins before every entry it picks (unless the shard is still
 * empty): boundaries then depend on the entries themselves, not on the sizes before them, so changing one entry
 * changes one shard and a save can keep the others as stored. Always answers at least one shard, so an empty list is
 * stored (and read back) as empty.
 *
 * @throws RangeError when one entry alone does not fit in a shard.
 * @example
 * packShards([{ a: 1 }, { a: 2 }], 39).length; // 2 ('{"version":1,"issues":[{"a":1},{"a":2}]}' is 40 bytes)
 * packShards([{ a: 1 }, { a: 2 }], 1000, (entry) => entry.a === 2).length; // 2
 */
export function packShards<T>(entries: readonly T[], maxBytes: number, startsShard: (entry: T) => boolean = () => false): T[][] {
  const shards: T[][] = [];
  let current: T[] = [];
  let bytes = emptyShardBytes;
  for (const entry of entries) {
    const size = Buffer.byteLength(JSON.stringify(entry));
    if (emptyShardBytes + size > maxBytes) throw new RangeError(`One stored entry is ${String(size)} bytes; a shard holds at most ${String(maxBytes)}.`);
    const added = current.length === 0 ? size : size + 1;
    if (current.length > 0 && (bytes + added > maxBytes || startsShard(entry))) {
      shards.push(current);
      current = [];
      bytes = emptyShardBytes + size;
    } else {
      bytes += added;
    }
    current.push(entry);
  }
  shards.push(current);
  return shards;
}
