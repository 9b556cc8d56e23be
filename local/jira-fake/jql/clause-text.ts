import type { AstNode } from '@atlaskit/jql-ast';

/**
 * The text of a clause as written in the query, for error messages.
 *
 * @example
 * clauseText(terminalClause, 'project = PMO AND status = Done'); // 'status = Done'
 */
export function clauseText(node: AstNode, jql: string): string {
  return node.position === null ? jql : jql.slice(node.position[0], node.position[1]);
}
