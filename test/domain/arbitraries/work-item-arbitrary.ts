/**
 * fast-check arbitraries for work items: every field varies over values that exercise the domain's branches
 * (RAID types and labels, milestones and gates, dates around "now", estimates, budgets and costs, links).
 * Amounts are whole numbers or halves, which binary floating point adds exactly, so properties can compare sums.
 */
import fc from 'fast-check';
import { parseAccountId } from '../../../src/domain/ids/parse-account-id';
import type { AccountId } from '../../../src/domain/ids/account-id';
import type { RaidScale } from '../../../src/domain/work-item/raid-scale';
import type { StatusCategory } from '../../../src/domain/work-item/status-category';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import type { WorkItemLinkType } from '../../../src/domain/work-item/work-item-link-type';
import { anIssueKey } from '../builders/an-issue-key';
import { aProjectKey } from '../builders/a-project-key';

/** The day every generated date is placed around, and the `now` the properties use by default. */
export const arbitraryToday = '2026-06-15';
const todayMs = Date.UTC(2026, 5, 15);

function dayOffset(days: number): string {
  return new Date(todayMs + days * 86_400_000).toISOString().slice(0, 10);
}

const issueTypes = ['Story', 'Task', 'Bug', 'Epic', 'Sub-task', 'Risk', 'Assumption', 'Issue', 'RAID Issue', 'Dependency', 'Milestone', 'Gate'];
const labelPool = ['raid-risk', 'raid-issue', 'raid-dependency', 'milestone', 'Milestone', 'gate', 'frontend', 'customer'];
const statusNames: Readonly<Record<StatusCategory, string>> = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' };
const accountIds: readonly AccountId[] = ['5b10ac8d82e05b22cc7d4ef5', '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077'].map((raw) => {
  const id = parseAccountId(raw);
  if (id === null) {
    throw new Error(`Test data error: ${raw}`);
  }
  return id;
});

const dateArbitrary = fc.integer({ min: -200, max: 200 }).map(dayOffset);
const scaleArbitrary = fc.option(fc.constantFrom<RaidScale>(1, 2, 3, 4, 5), { nil: null });
const amountArbitrary = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
const linkTypeArbitrary = fc.constantFrom<WorkItemLinkType>('blocks', 'is-blocked-by', 'relates', 'depends-on', 'other');

/** Options for generated items: which projects they belong to, and how high issue numbers go. */
export interface WorkItemArbitraryOptions {
  readonly projectKeys?: readonly string[];
  readonly maxIssueNumber?: number;
}

/** One work item of any shape the domain must handle. */
export function workItemArbitrary(options: WorkItemArbitraryOptions = {}): fc.Arbitrary<WorkItem> {
  const projectKeys = options.projectKeys ?? ['ALPHA', 'BETA', 'GAMMA'];
  const otherProjects = [...projectKeys, 'OTHER'];
  return fc
    .record({
      project: fc.constantFrom(...projectKeys),
      number: fc.integer({ min: 1, max: options.maxIssueNumber ?? 10_000 }),
      summary: fc.string({ maxLength: 20 }),
      issueType: fc.constantFrom(...issueTypes),
      statusCategory: fc.constantFrom<StatusCategory>('new', 'indeterminate', 'done'),
      created: dateArbitrary,
      resolved: fc.option(dateArbitrary, { nil: null }),
      due: fc.option(dateArbitrary, { nil: null }),
      start: fc.option(dateArbitrary, { nil: null }),
      storyPoints: fc.option(fc.constantFrom(0, 0.5, 1, 2, 3, 5, 8, 13), { nil: null }),
      originalEstimateSeconds: fc.option(fc.integer({ min: 0, max: 360_000 }), { nil: null }),
      labels: fc.subarray(labelPool, { maxLength: 3 }),
      assigneeId: fc.option(fc.constantFrom(...accountIds), { nil: null }),
      priority: fc.option(fc.constantFrom('Highest', 'High', 'Medium', 'Low'), { nil: null }),
      links: fc.array(fc.record({ type: linkTypeArbitrary, project: fc.constantFrom(...otherProjects), number: fc.integer({ min: 1, max: 999 }) }), {
        maxLength: 3,
      }),
      probability: scaleArbitrary,
      impact: scaleArbitrary,
      mitigation: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
      flagged: fc.boolean(),
      budget: amountArbitrary,
      actualCost: amountArbitrary,
    })
    .map((r): WorkItem => ({
      key: anIssueKey(`${r.project}-${r.number}`),
      projectKey: aProjectKey(r.project),
      summary: r.summary,
      issueType: r.issueType,
      hierarchyLevel: r.issueType === 'Epic' ? 1 : r.issueType === 'Sub-task' ? -1 : 0,
      statusName: statusNames[r.statusCategory],
      statusCategory: r.statusCategory,
      created: `${r.created}T09:00:00.000+0000`,
      updated: `${r.created}T10:00:00.000+0000`,
      resolved: r.statusCategory === 'done' && r.resolved !== null ? `${r.resolved}T17:00:00.000+0000` : null,
      due: r.due,
      start: r.start,
      estimate: { storyPoints: r.storyPoints, originalEstimateSeconds: r.originalEstimateSeconds },
      parentKey: null,
      labels: r.labels,
      assigneeId: r.assigneeId,
      priority: r.priority,
      links: r.links.map((link) => ({
        type: link.type,
        otherKey: anIssueKey(`${link.project}-${link.number}`),
        otherProjectKey: aProjectKey(link.project),
      })),
      flagged: r.flagged,
      raid: { probability: r.probability, impact: r.impact, mitigation: r.mitigation },
      cost: { budget: r.budget, actualCost: r.actualCost },
    }));
}

/** A project's items: unique keys, as Jira holds them. */
export function workItemsArbitrary(options: WorkItemArbitraryOptions & { readonly maxLength?: number } = {}): fc.Arbitrary<WorkItem[]> {
  return fc.uniqueArray(workItemArbitrary(options), { selector: (item) => item.key, maxLength: options.maxLength ?? 60 });
}

/** An instant near `arbitraryToday`, written with a UTC offset. */
export const nowArbitrary: fc.Arbitrary<string> = fc
  .record({ day: fc.integer({ min: -30, max: 30 }), hour: fc.integer({ min: 0, max: 23 }) })
  .map(({ day, hour }) => `${dayOffset(day)}T${String(hour).padStart(2, '0')}:00:00.000Z`);
