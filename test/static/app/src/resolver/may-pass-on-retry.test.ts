import type { ErrorCode } from '../../../../../src/contract/error-code';
import { errorCodes } from '../../../../../src/contract/error-code';
import { mayPassOnRetry } from '../../../../../static/app/src/resolver/may-pass-on-retry';

describe('mayPassOnRetry', () => {
  const expected: Readonly<Record<ErrorCode, boolean>> = {
    RATE_LIMITED: true,
    UPSTREAM: true,
    INTERNAL: true,
    BAD_REQUEST: false,
    FORBIDDEN: false,
    NOT_FOUND: false,
    CONFLICT: false,
  };

  it.each(errorCodes.map((code) => [code, expected[code]] as const))('offers to try %s again: %p', (code, offered) => {
    expect(mayPassOnRetry(code)).toBe(offered);
  });

  it('offers to try again a call that failed without an answer', () => {
    expect(mayPassOnRetry(undefined)).toBe(true);
  });
});
