import type { FakeReply } from './fake-reply';

/**
 * Jira's error shape, `{ errorMessages, errors }`, with the given status.
 *
 * @example
 * jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
 */
export function jiraError(
  status: number,
  errorMessages: readonly string[],
  errors: Readonly<Record<string, string>> = {},
  headers?: Readonly<Record<string, string>>,
): FakeReply {
  const body = { errorMessages: [...errorMessages], errors: { ...errors } };
  return headers === undefined ? { status, body } : { status, body, headers };
}

/** The message Jira gives for a request body it cannot read or that does not match the operation's bean. */
export const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';

/** The message Jira gives for an issue that is missing or that the caller may not browse (the two look alike). */
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
