import type { AccountId } from '../../../../src/domain/ids/account-id';
import { parseAccountId } from '../../../../src/domain/ids/parse-account-id';

/** An account id for a test, failing loudly when the test itself is wrong. */
export function anAccountId(raw: string): AccountId {
  const id = parseAccountId(raw);
  if (id === null) throw new Error(`Test data error: ${raw} is not an account id`);
  return id;
}
