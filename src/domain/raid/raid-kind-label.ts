import { assertNever } from '../assert-never';
import type { RaidKind } from './raid-kind';

/**
 * The plain-words name of a RAID kind, singular or plural, for reasons and reports.
 *
 * @example
 * raidKindLabel('dependency', 2); // 'dependencies'
 */
export function raidKindLabel(kind: RaidKind, count = 1): string {
  const plural = count !== 1;
  switch (kind) {
    case 'risk':
      return plural ? 'risks' : 'risk';
    case 'assumption':
      return plural ? 'assumptions' : 'assumption';
    case 'issue':
      return plural ? 'issues' : 'issue';
    case 'dependency':
      return plural ? 'dependencies' : 'dependency';
    case 'decision':
      return plural ? 'decisions' : 'decision';
    default:
      return assertNever(kind);
  }
}
