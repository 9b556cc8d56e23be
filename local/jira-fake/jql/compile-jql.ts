import type { Query } from '@atlaskit/jql-ast';
import { compileJqlOrderBy } from './compile-jql-order-by';
import { compileJqlWhere } from './compile-jql-where';
import type { IssueComparator, IssuePredicate, JqlContext } from './jql-context';
import { JqlError } from './jql-error';
import { parseJql } from './parse-jql';

/** A query ready to run: which issues match, and in which order they come. */
export interface CompiledJql {
  readonly matches: IssuePredicate;
  readonly compare: IssueComparator;
}

/** Jira's answer to a query without a search restriction on the enhanced search and count endpoints. */
export const UNBOUNDED_QUERY = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

function orderByOf(query: Query): Parameters<typeof compileJqlOrderBy>[0] {
  return query.orderBy || undefined;
}

/**
 * Parses and compiles JQL for a viewer and a clock. Refuses, as Jira does, with every problem found: syntax errors,
 * unknown fields, values that do not exist (projects the viewer cannot see included), unbounded queries, and anything
 * outside the fake's subset (named, so a test exposes the gap). Visibility itself is applied by the caller.
 *
 * @example
 * const { matches, compare } = compileJql('project = PMO ORDER BY key', { now, viewer, index });
 */
export function compileJql(jql: string, context: Omit<JqlContext, 'jql'>): CompiledJql {
  const ctx: JqlContext = { ...context, jql };
  const query = parseJql(jql);
  const problems: string[] = [];
  const where = query.where;
  if (!where) problems.push(UNBOUNDED_QUERY);
  const matches = where ? compileJqlWhere(where, ctx, problems) : () => false;
  const compare = compileJqlOrderBy(orderByOf(query), ctx, problems);
  if (problems.length > 0) throw new JqlError(problems);
  return { matches, compare };
}
