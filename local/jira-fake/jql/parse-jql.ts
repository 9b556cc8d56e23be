import { JastBuilder, JQLSyntaxError, type Query } from '@atlaskit/jql-ast';
import { JqlError } from './jql-error';

/**
 * Parses JQL with Atlassian's own grammar. A syntax error fails with Jira's "Error in the JQL Query" message and the
 * line and character it was found at.
 *
 * @example
 * parseJql('project = PMO ORDER BY created DESC').orderBy?.fields.length; // 1
 */
export function parseJql(jql: string): Query {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0) {
    throw new JqlError(
      jast.errors.map((e) =>
        e instanceof JQLSyntaxError
          ? `Error in the JQL Query: ${e.message} (line ${e.line}, character ${e.charPositionInLine + 1})`
          : `Error in the JQL Query: ${e.message}`,
      ),
    );
  }
  if (!jast.query) throw new JqlError(['Error in the JQL Query: the query could not be parsed.']);
  return jast.query;
}
