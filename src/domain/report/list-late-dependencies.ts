import { findDependencies } from '../dependency/find-dependencies';
import type { DependencyEnd } from '../dependency/dependency';
import type { WorkItem } from '../work-item/work-item';
import type { LateDependency } from './status-report';

function refOf(end: DependencyEnd): LateDependency['blocker'] {
  return { key: end.key, projectKey: end.projectKey, summary: end.summary, due: end.due };
}

/**
 * Late dependencies among the items (cross-project "blocks" links and RAID Dependency items), as `findDependencies`
 * judges them. Only links whose both ends are among the items count, so nothing outside the viewer's items appears.
 *
 * @example
 * listLateDependencies([alpha5, beta4], '2026-11-20T12:00:00.000Z');
 * // [{ blocker: { key: 'BETA-4', ... }, blocked: { key: 'ALPHA-5', ... }, reason: 'BETA-4 is due 2027-01-10, 26 days after ALPHA-5 (2026-12-15)' }]
 */
export function listLateDependencies(items: readonly WorkItem[], now: string): LateDependency[] {
  return findDependencies(items, now).flatMap((dependency) =>
    dependency.late
      ? [{ blocker: refOf(dependency.blocker), blocked: dependency.blocked === null ? null : refOf(dependency.blocked), reason: dependency.lateReason ?? '' }]
      : [],
  );
}
