/** An answer of the fake before it becomes a WHATWG Response: JSON unless `html` is set. */
export interface FakeReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sends `body` (a string) as text/html, as Atlassian's edge does for some gateway errors. */
  readonly html?: boolean;
}

/** A JSON answer with the given status. */
export function jsonReply(status: number, body: unknown, headers?: Readonly<Record<string, string>>): FakeReply {
  return headers === undefined ? { status, body } : { status, body, headers };
}
