import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { checkSiteLaw, siteLaws } from './check-site-laws';
import { readSiteIssue } from './read-site-issue';

const now = new Date('2026-11-20T12:00:00.000Z');

describe('generateDemoSite: scale', () => {
  const site = generateDemoSite({ now, scale: 10_000 });
  const views = site.issues.map(readSiteIssue);
  const share = (predicate: (v: (typeof views)[number]) => boolean): number => views.filter(predicate).length / views.length;

  it('makes 10,000 issues within 1%', () => {
    expect(Math.abs(site.issues.length - 10_000)).toBeLessThanOrEqual(100);
  });

  it('keeps ids and keys unique', () => {
    expect(new Set(views.map((v) => v.id)).size).toBe(views.length);
    expect(new Set(views.map((v) => v.key)).size).toBe(views.length);
  });

  it.each(siteLaws)('obeys "%s"', (law) => {
    expect(checkSiteLaw(site, law)).toEqual([]);
  });

  it.each([
    ['sub-tasks', (v: (typeof views)[number]): boolean => v.subtask, 0.08, 0.16],
    ['risks', (v: (typeof views)[number]): boolean => v.type === 'Risk' || v.labels.includes('raid-risk'), 0.025, 0.045],
    ['milestones', (v: (typeof views)[number]): boolean => v.type === 'Milestone' || v.labels.includes('milestone'), 0.015, 0.035],
    ['issues with links', (v: (typeof views)[number]): boolean => v.links.length > 0, 0.03, 0.1],
    [
      'stale in-progress items',
      (v: (typeof views)[number]): boolean => v.category === 'indeterminate' && v.updated < now.getTime() - 30 * 86_400_000,
      0.001,
      0.03,
    ],
  ])('scales %s in proportion', (_kind, predicate, low, high) => {
    expect(share(predicate)).toBeGreaterThanOrEqual(low);
    expect(share(predicate)).toBeLessThanOrEqual(high);
  });

  const large = generateDemoSite({ now, scale: 25_000 });

  it.each([
    [10_000, 8, 1250, site],
    [25_000, 10, 2500, large],
  ])('shares %d issues over %d projects of about %d', (scale, projects, perProject, generated) => {
    expect(generated.projects.length).toBe(projects);
    const counts = new Map<string, number>();
    for (const issue of generated.issues) counts.set(issue.fields.project.key, (counts.get(issue.fields.project.key) ?? 0) + 1);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(scale);
    for (const p of generated.projects) expect(Math.abs((counts.get(p.key) ?? 0) - perProject)).toBeLessThanOrEqual(1);
  });

  it('names the extra projects of a large site "Program Stream N" in the three programs', () => {
    expect(large.projects.slice(8).map((p) => p.name)).toEqual(['Program Stream 9', 'Program Stream 10']);
    expect(new Set(large.projects.map((p) => p.projectCategory?.name)).size).toBe(3);
  });

  it.each([1, 17, 120])('still makes exactly %d issues for a tiny site', (scale) => {
    expect(generateDemoSite({ now, scale }).issues.length).toBe(scale);
  });
});
