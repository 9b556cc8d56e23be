/** A JQL query Jira would refuse: each message becomes one of the 400 answer's `errorMessages`. */
export class JqlError extends Error {
  readonly messages: readonly string[];

  constructor(messages: readonly string[]) {
    super(messages.join(' '));
    this.name = 'JqlError';
    this.messages = messages;
  }
}

/**
 * The message for JQL that Jira accepts but the fake does not evaluate, so a test exposes the gap instead of
 * silently matching nothing.
 *
 * @example
 * unsupportedByFake("The operator 'was'", 'status was Done');
 * // "Error in the JQL Query: The operator 'was' is not supported by the Jira fake (in the clause 'status was Done')."
 */
export function unsupportedByFake(what: string, clauseText: string): string {
  return `Error in the JQL Query: ${what} is not supported by the Jira fake (in the clause '${clauseText}').`;
}
