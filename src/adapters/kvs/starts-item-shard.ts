/** About one issue in this many starts a shard: shards of ~64 items (tens of KB), far below the value limit. */
const AVERAGE_ITEMS_PER_SHARD = 64;

/**
 * Whether a stored issue begins a new shard, decided by its id alone (FNV-1a hash), so shard boundaries stay where
 * they are when other issues change, and a save rewrites only the shards whose issues changed.
 *
 * @example
 * startsItemShard({ issueId: '10001' }) === startsItemShard({ issueId: '10001' }); // true, whatever else changed
 */
export function startsItemShard(issue: { readonly issueId: string }): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < issue.issueId.length; i += 1) {
    hash ^= issue.issueId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % AVERAGE_ITEMS_PER_SHARD === 0;
}
