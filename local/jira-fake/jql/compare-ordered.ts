import type { ComparisonOperator } from './apply-jql-operator';

/**
 * Compares two ordered values with a JQL comparison operator.
 *
 * @example
 * compareOrdered(3, '>=', 2); // true
 */
export function compareOrdered(left: number, operator: ComparisonOperator, right: number): boolean {
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}
