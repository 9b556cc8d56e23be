/** One instant (ISO 8601) kept in storage, such as where the last sweep's window ended. */
export interface StoredInstant {
  load(): Promise<string | null>;
  save(at: string): Promise<void>;
}
