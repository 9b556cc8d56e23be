/** One stored value, with the metadata KVS keeps beside it. */
export interface KvsEntry {
  readonly key: string;
  readonly value: unknown;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Epoch milliseconds after which the entry no longer exists, when set with a TTL. */
  readonly expiresAt: number | null;
}
