/** An issue change an issue event announced, waiting for a sweep to read it. */
export interface PendingChange {
  /** The storage key that holds it, for removing it once read. */
  readonly key: string;
  readonly projectKey: string;
  /** The issue's id; absent on marks stored before changes were kept per issue. */
  readonly issueId?: string | undefined;
  /** When the event arrived (ISO 8601). */
  readonly at: string;
  /** The issue was deleted: a sweep drops it from the project's items without reading anything. */
  readonly deleted: boolean;
}
