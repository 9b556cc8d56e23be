import { JastBuilder, JQLSyntaxError } from '@atlaskit/jql-ast';

/**
 * The first syntax error in a JQL query, read with Atlassian's own grammar, or null when it parses. Field names and
 * values are not checked here: only Jira knows the site's fields.
 *
 * @example
 * findJqlSyntaxError('status = Blocked');  // null
 * findJqlSyntaxError('status = = Blocked'); // 'line 1, character 10: ...'
 */
export function findJqlSyntaxError(jql: string): string | null {
  const jast = new JastBuilder().build(jql);
  const first = jast.errors[0];
  if (first !== undefined) {
    return first instanceof JQLSyntaxError
      ? `JQL syntax error at line ${String(first.line)}, character ${String(first.charPositionInLine + 1)}: ${first.message}`
      : `JQL syntax error: ${first.message}`;
  }
  return jast.query ? null : 'JQL could not be parsed';
}
