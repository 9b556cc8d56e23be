/** Test helpers: call a fake in-process and read its JSON answer. */
import type { FakeRequest, JiraFake } from '../../../local/jira-fake/create-jira-fake';

export interface FakeAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  /** The body as JSON text, for "does not contain" checks. */
  readonly text: string;
}

/** Sends one request (a JSON body is serialised) and reads the answer. */
export async function callFake(fake: JiraFake, method: string, path: string, accountId: string | null, body?: unknown): Promise<FakeAnswer> {
  const request: FakeRequest = { method, path, accountId, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) };
  const response = await fake.handle(request);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (the 502 page): keep the text.
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** The body of an answer read as the shape the test expects; assertions then check it. */
// The caller names the shape it expects, the one use of T is the point.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function json<T>(answer: FakeAnswer): T {
  return answer.body as T;
}
