import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';
import type { ProjectKey } from '../../../src/domain/ids/project-key';

/** A project key for a test, failing loudly when the test itself is wrong. */
export function aProjectKey(raw: string): ProjectKey {
  const key = parseProjectKey(raw);
  if (key === null) {
    throw new Error(`Test data error: ${raw} is not a project key`);
  }
  return key;
}
