import type { IssueKey } from '../../../src/domain/ids/issue-key';
import { parseIssueKey } from '../../../src/domain/ids/parse-issue-key';

/** An issue key for a test, failing loudly when the test itself is wrong. */
export function anIssueKey(raw: string): IssueKey {
  const key = parseIssueKey(raw);
  if (key === null) {
    throw new Error(`Test data error: ${raw} is not an issue key`);
  }
  return key;
}
