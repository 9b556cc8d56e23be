import type { IssueKey } from '../ids/issue-key';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { RaidMapping } from '../raid/raid-mapping';
import type { WorkItem } from '../work-item/work-item';
import type { Dependency, DependencyEnd } from './dependency';
import { dependencyLateness } from './dependency-lateness';

export interface FindDependenciesOptions {
  readonly raidMapping?: RaidMapping;
  /** Keep "blocks" links only between issues of different projects (default true); Dependency items are always kept. */
  readonly crossProjectOnly?: boolean;
}

function endOf(item: WorkItem): DependencyEnd {
  return { key: item.key, projectKey: item.projectKey, summary: item.summary, due: item.due, statusCategory: item.statusCategory };
}

/**
 * The dependencies among `items`: every "blocks" link whose two issues are both among the items (recorded on either
 * side, counted once), and every RAID Dependency item (blocking each known item it "blocks"; one that takes part in no
 * link among the items stands alone, with no blocked item).
 * Each is judged late by `dependencyLateness`. Late ones come first, then by blocker due date (undated last), then by
 * blocker key; a link to an issue not among the items is left out, since its dates are unknown.
 *
 * @example
 * findDependencies([alpha5, beta4], '2026-11-20T12:00Z');
 * // [{ source: 'link', blocker: BETA-4, blocked: ALPHA-5, crossProject: true, late: true, lateReason: '...' }]
 */
export function findDependencies(items: readonly WorkItem[], now: string, options: FindDependenciesOptions = {}): Dependency[] {
  const classify = makeRaidClassifier(options.raidMapping ?? defaultRaidMapping);
  const crossProjectOnly = options.crossProjectOnly ?? true;
  const byKey = new Map<IssueKey, WorkItem>(items.map((item) => [item.key, item]));
  const pairs = new Map<string, { blocker: WorkItem; blocked: WorkItem }>();
  const add = (blocker: WorkItem | undefined, blocked: WorkItem | undefined): void => {
    if (blocker === undefined || blocked === undefined || blocker.key === blocked.key) return;
    pairs.set(`${blocker.key}>${blocked.key}`, { blocker, blocked });
  };
  for (const item of items) {
    for (const link of item.links) {
      if (link.type === 'blocks') add(item, byKey.get(link.otherKey));
      if (link.type === 'is-blocked-by' || link.type === 'depends-on') add(byKey.get(link.otherKey), item);
    }
  }

  const dependencies: Dependency[] = [];
  const dependencyItems = new Set(items.filter((item) => classify(item) === 'dependency').map((item) => item.key));
  for (const { blocker, blocked } of pairs.values()) {
    const crossProject = blocker.projectKey !== blocked.projectKey;
    const isItem = dependencyItems.has(blocker.key);
    if (!crossProject && crossProjectOnly && !isItem) continue;
    const lateReason = dependencyLateness(endOf(blocker), endOf(blocked), now);
    dependencies.push({
      source: isItem ? 'dependency-item' : 'link',
      blocker: endOf(blocker),
      blocked: endOf(blocked),
      crossProject,
      late: lateReason !== null,
      lateReason,
    });
  }
  for (const key of dependencyItems) {
    const blocker = byKey.get(key);
    if (blocker === undefined || dependencies.some((d) => d.blocker.key === key || d.blocked?.key === key)) continue;
    const lateReason = dependencyLateness(endOf(blocker), null, now);
    dependencies.push({ source: 'dependency-item', blocker: endOf(blocker), blocked: null, crossProject: false, late: lateReason !== null, lateReason });
  }
  return dependencies.sort(
    (a, b) =>
      Number(b.late) - Number(a.late) ||
      (a.blocker.due ?? '9999').localeCompare(b.blocker.due ?? '9999') ||
      a.blocker.key.localeCompare(b.blocker.key) ||
      (a.blocked?.key ?? '').localeCompare(b.blocked?.key ?? ''),
  );
}
