import { demoHiddenProjectKey } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { readSiteIssue, type IssueView } from './read-site-issue';

const now = new Date('2026-11-20T12:00:00.000Z');
const today = '2026-11-20';
const dayMs = 86_400_000;

const raidTypes = ['Risk', 'Assumption', 'Issue', 'Dependency'];
const raidLabels = ['raid-risk', 'raid-assumption', 'raid-issue', 'raid-dependency'];
const isMilestone = (v: IssueView): boolean => v.type === 'Milestone' || v.labels.includes('milestone');
const isOpen = (v: IssueView): boolean => v.category !== 'done';
const overdue = (v: IssueView): boolean => isOpen(v) && v.due !== null && v.due < today;

/** The demo's promises, checked on one generated site; each returns how many issues (or links) keep it. */
function promises(views: readonly IssueView[]): [string, () => number][] {
  const byKey = new Map(views.map((v) => [v.key, v]));
  const blocks = views.flatMap((v) =>
    v.links.filter((l) => l.typeName === 'Blocks' && l.direction === 'outward').map((l) => ({ blocker: v, blocked: byKey.get(l.otherKey)! })),
  );
  const cross = blocks.filter(({ blocker, blocked }) => blocker.projectKey !== blocked.projectKey);
  const risks = views.filter((v) => v.probability !== null && v.impact !== null);
  const dueMoves = (v: IssueView, sinceDays: number): number =>
    v.histories.filter((h) => Date.parse(h.created) >= now.getTime() - sinceDays * dayMs && h.items.some((i) => i.field === 'duedate')).length;
  return [
    ...raidTypes.map((type): [string, () => number] => [`has RAID items of issue type ${type}`, () => views.filter((v) => v.type === type).length]),
    ...raidLabels.map((label): [string, () => number] => [
      `has Tasks labelled ${label} (RAID mapped by label)`,
      () => views.filter((v) => v.type === 'Task' && v.labels.includes(label)).length,
    ]),
    ['has an open 5x5 risk', () => risks.filter((v) => v.probability === 5 && v.impact === 5 && isOpen(v)).length],
    ['has a 1x1 risk', () => risks.filter((v) => v.probability === 1 && v.impact === 1).length],
    ['fills at least eight cells of the 5x5 matrix', () => Math.max(0, new Set(risks.map((v) => `${v.probability}x${v.impact}`)).size - 7)],
    ['has risks with and without a Mitigation', () => Math.min(risks.filter((v) => v.mitigation).length, risks.filter((v) => !v.mitigation).length)],
    [
      'has a late cross-project dependency: the blocker is due after the item it blocks',
      () => cross.filter(({ blocker, blocked }) => isOpen(blocked) && blocker.due !== null && blocked.due !== null && blocker.due > blocked.due).length,
    ],
    ['has a cross-project dependency whose blocker is overdue and not done', () => cross.filter(({ blocker }) => overdue(blocker)).length],
    [
      'has a blocker in the hidden project blocking a visible project',
      () => cross.filter(({ blocker, blocked }) => blocker.projectKey === demoHiddenProjectKey && blocked.projectKey !== demoHiddenProjectKey).length,
    ],
    [
      'has Relates and Dependency links too',
      () => Math.min(...['Relates', 'Dependency'].map((t) => views.filter((v) => v.links.some((l) => l.typeName === t)).length)),
    ],
    ['has an overdue milestone', () => views.filter((v) => isMilestone(v) && overdue(v)).length],
    ['has done milestones', () => views.filter((v) => isMilestone(v) && !isOpen(v)).length],
    ['has upcoming milestones', () => views.filter((v) => isMilestone(v) && isOpen(v) && v.due !== null && v.due >= today).length],
    ['has an item whose due date moved twice in the last 14 days', () => views.filter((v) => dueMoves(v, 14) >= 2).length],
    [
      'has stale work: in progress and not updated for 30+ days',
      () => views.filter((v) => v.category === 'indeterminate' && v.updated < now.getTime() - 30 * dayMs).length,
    ],
    [
      'has gates by type and by the gate label',
      () => Math.min(views.filter((v) => v.type === 'Gate').length, views.filter((v) => v.labels.includes('gate')).length),
    ],
    ['has milestones by the milestone label', () => views.filter((v) => v.type === 'Task' && v.labels.includes('milestone')).length],
    ['has items labelled escalate', () => views.filter((v) => v.labels.includes('escalate')).length],
    ['has unassigned items', () => views.filter((v) => v.assigneeId === null).length],
    ['has story points on stories', () => views.filter((v) => v.type === 'Story' && v.storyPoints !== null).length],
    ['has start dates', () => views.filter((v) => v.start !== null).length],
    [
      'has epics with their stories (parent)',
      () => views.filter((v) => v.type === 'Story' && v.parentKey !== null && byKey.get(v.parentKey)?.type === 'Epic').length,
    ],
    ['has sub-tasks', () => views.filter((v) => v.subtask).length],
    ['has items of each status', () => Math.min(...['To Do', 'In Progress', 'In Review', 'Done'].map((s) => views.filter((v) => v.status === s).length))],
  ];
}

describe('generateDemoSite: what the default demo shows', () => {
  const site = generateDemoSite({ now });
  const views = site.issues.map(readSiteIssue);

  it.each(promises(views))('%s', (_promise, count) => {
    expect(count()).toBeGreaterThan(0);
  });

  it('has eight delivery projects in three programs (project categories) and the intake project INT in none', () => {
    expect(site.projects.length).toBe(9);
    expect(site.projects.filter((p) => p.projectCategory === undefined).map((p) => p.key)).toEqual(['INT']);
    expect(new Set(site.projects.flatMap((p) => (p.projectCategory === undefined ? [] : [p.projectCategory.name]))).size).toBe(3);
    for (const p of site.projects) expect([p.projectTypeKey, typeof p.lead?.accountId]).toEqual(['software', 'string']);
  });

  it('puts a Budget and an Actual Cost on every epic', () => {
    const epics = views.filter((v) => v.type === 'Epic');
    expect(epics.length).toBeGreaterThan(8);
    for (const epic of epics) expect([typeof epic.budget, typeof epic.actualCost]).toEqual(['number', 'number']);
  });

  it('keeps one delivery project (Kanban), besides the intake project, free of epics, milestones, gates and RAID items, so empty states show', () => {
    const empty = site.projects.filter((p) => {
      const own = views.filter((v) => v.projectKey === p.key);
      return (
        own.length > 0 &&
        !own.some(
          (v) =>
            v.type === 'Epic' ||
            isMilestone(v) ||
            v.type === 'Gate' ||
            v.labels.includes('gate') ||
            raidTypes.includes(v.type) ||
            v.labels.some((l) => raidLabels.includes(l)),
        )
      );
    });
    // INT holds proposals only, so it has none of them either.
    expect(empty.map((p) => p.key)).toEqual(['OPS', 'INT']);
  });

  it('has one or two overdue milestones in every project with milestones', () => {
    for (const p of site.projects.filter((x) => x.key !== 'OPS' && x.key !== 'INT')) {
      const count = views.filter((v) => v.projectKey === p.key && isMilestone(v) && overdue(v)).length;
      expect([p.key, count >= 1 && count <= 2]).toEqual([p.key, true]);
    }
  });

  it('spreads created dates over the last six months', () => {
    const ages = views.map((v) => (now.getTime() - v.created) / dayMs);
    expect(Math.max(...ages)).toBeGreaterThan(150);
    expect(Math.max(...ages)).toBeLessThan(200);
    expect(Math.min(...ages)).toBeLessThan(7);
  });

  it('writes due-date changes in Jira changelog shape', () => {
    const item = views.flatMap((v) => v.histories.flatMap((h) => h.items)).find((i) => i.field === 'duedate');
    expect(item).toEqual({
      field: 'duedate',
      fieldtype: 'jira',
      fieldId: 'duedate',
      from: item?.from,
      fromString: item?.from,
      to: item?.to,
      toString: item?.to,
    });
    expect(`${item?.from ?? ''} ${item?.to ?? ''}`).toMatch(/^\d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}$/);
  });

  it("ends each due-date history at the issue's current due date", () => {
    for (const v of views) {
      const moves = v.histories.flatMap((h) => h.items).filter((i) => i.field === 'duedate');
      if (moves.length > 0) expect(moves.at(-1)?.to).toBe(v.due);
      for (let i = 1; i < moves.length; i += 1) expect(moves[i]?.from).toBe(moves[i - 1]?.to);
    }
  });
});

describe('generateDemoSite: the promises hold for other seeds', () => {
  it.each([2, 3, 99])('keeps every promise with seed %d', (seed) => {
    const views = generateDemoSite({ now, seed }).issues.map(readSiteIssue);
    const broken = promises(views)
      .filter(([, count]) => count() === 0)
      .map(([promise]) => promise);
    expect(broken).toEqual([]);
  });
});
