import type { SiteIssue } from '../../site/site-file-schema';
import type { IssuePredicate } from './jql-context';
import { JqlError } from './jql-error';

export type ComparisonOperator = '<' | '<=' | '>' | '>=';

/** How one field's values meet one typed operand. */
export interface FieldMatcher<T> {
  readonly isEmpty: (issue: SiteIssue) => boolean;
  readonly equals: (issue: SiteIssue, value: T) => boolean;
  /** Absent for fields without an order, where <, <=, >, >= are refused. */
  readonly compare?: (issue: SiteIssue, value: T, operator: ComparisonOperator) => boolean;
}

export type TypedOperand<T> = { readonly empty: true } | { readonly empty: false; readonly value: T };

function isComparison(operator: string): operator is ComparisonOperator {
  return operator === '<' || operator === '<=' || operator === '>' || operator === '>=';
}

function single<T>(operator: string, operands: readonly TypedOperand<T>[], clause: string): TypedOperand<T> {
  const [only, ...rest] = operands;
  if (only === undefined || rest.length > 0) {
    throw new JqlError([`Error in the JQL Query: The operator '${operator}' does not support a list of values (in the clause '${clause}').`]);
  }
  return only;
}

/**
 * The predicate of =, !=, IN, NOT IN, IS, IS NOT, <, <=, >, >= over a field, with Jira's treatment of empty values:
 * `!=` and `NOT IN` never match an issue whose field is empty (`assignee != bob` leaves out unassigned issues), and an
 * ordering comparison never matches an empty field.
 *
 * @example
 * applyJqlOperator('!=', [{ empty: false, value: 'bob' }], assigneeMatcher, 'assignee', 'assignee != bob');
 */
export function applyJqlOperator<T>(
  operator: string,
  operands: readonly TypedOperand<T>[],
  matcher: FieldMatcher<T>,
  fieldName: string,
  clause: string,
): IssuePredicate {
  const { isEmpty, equals } = matcher;
  const values = operands.flatMap((o) => (o.empty ? [] : [o.value]));
  switch (operator) {
    case 'in': {
      const withEmpty = operands.some((o) => o.empty);
      return (issue) => (withEmpty && isEmpty(issue)) || values.some((v) => equals(issue, v));
    }
    case 'not in':
      return (issue) => !isEmpty(issue) && !values.some((v) => equals(issue, v));
    case 'is':
    case 'is not': {
      const operand = single(operator, operands, clause);
      if (!operand.empty) throw new JqlError([`Error in the JQL Query: The operator '${operator}' only supports EMPTY (in the clause '${clause}').`]);
      return operator === 'is' ? isEmpty : (issue) => !isEmpty(issue);
    }
    case '=': {
      const operand = single(operator, operands, clause);
      return operand.empty ? isEmpty : (issue) => equals(issue, operand.value);
    }
    case '!=': {
      const operand = single(operator, operands, clause);
      return operand.empty ? (issue) => !isEmpty(issue) : (issue) => !isEmpty(issue) && !equals(issue, operand.value);
    }
    default: {
      const { compare } = matcher;
      if (!isComparison(operator) || compare === undefined) {
        throw new JqlError([`The operator '${operator}' is not supported by the '${fieldName}' field.`]);
      }
      const operand = single(operator, operands, clause);
      if (operand.empty) throw new JqlError([`Error in the JQL Query: The operator '${operator}' does not support EMPTY (in the clause '${clause}').`]);
      const comparison = operator;
      return (issue) => !isEmpty(issue) && compare(issue, operand.value, comparison);
    }
  }
}
