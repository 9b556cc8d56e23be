import type { Clause } from '@atlaskit/jql-ast';
import { compileTerminalClause } from './compile-terminal-clause';
import type { IssuePredicate, JqlContext } from './jql-context';
import { JqlError } from './jql-error';

/**
 * Compiles the WHERE part of a query (AND, OR, NOT, parentheses) into a predicate. Problems of every clause are
 * gathered into `problems`, so one 400 lists them all as Jira does.
 */
export function compileJqlWhere(clause: Clause, ctx: JqlContext, problems: string[]): IssuePredicate {
  switch (clause.clauseType) {
    case 'compound': {
      const parts = clause.clauses.map((c) => compileJqlWhere(c, ctx, problems));
      return clause.operator.value === 'and' ? (issue) => parts.every((p) => p(issue)) : (issue) => parts.some((p) => p(issue));
    }
    case 'not': {
      const inner = compileJqlWhere(clause.clause, ctx, problems);
      return (issue) => !inner(issue);
    }
    case 'terminal':
      try {
        return compileTerminalClause(clause, ctx);
      } catch (error) {
        if (!(error instanceof JqlError)) throw error;
        problems.push(...error.messages);
        return () => false;
      }
  }
}
