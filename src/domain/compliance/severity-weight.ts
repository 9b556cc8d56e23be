import { assertNever } from '../assert-never';
import type { RuleSeverity } from './rule-severity';

/**
 * The weight of one check of a rule of this severity in the compliance score: info 1, minor 2, major 3, critical 5,
 * so one failed critical check costs as much as five failed informational ones.
 *
 * @example
 * severityWeight('critical'); // 5
 */
export function severityWeight(severity: RuleSeverity): number {
  switch (severity) {
    case 'info':
      return 1;
    case 'minor':
      return 2;
    case 'major':
      return 3;
    case 'critical':
      return 5;
    default:
      return assertNever(severity);
  }
}
