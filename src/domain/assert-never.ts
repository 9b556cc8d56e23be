/**
 * Marks the branch a switch over a closed union can never reach: adding a member to the union without handling it
 * becomes a compile error here.
 *
 * @throws Error if reached at run time through data that bypassed the types.
 * @example
 * switch (kind) { case 'risk': ...; default: return assertNever(kind); }
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
