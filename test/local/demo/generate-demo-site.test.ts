import { demoFieldIds } from '../../../local/demo/demo-field-ids';
import { demoFields } from '../../../local/demo/demo-fields';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { siteFileSchema, type SiteFile } from '../../../local/site/site-file-schema';
import { checkSiteLaw, siteLaws } from './check-site-laws';
import { readSiteIssue, type IssueView } from './read-site-issue';

const now = new Date('2026-11-20T12:00:00.000Z');
const dayMs = 86_400_000;
const site = generateDemoSite({ now });
const views = site.issues.map(readSiteIssue);

const byKey = new Map(views.map((v) => [v.key, v]));
const isDone = (v: IssueView): boolean => v.category === 'done';
const keyNumber = (key: string): number => Number(key.slice(key.lastIndexOf('-') + 1));

describe('generateDemoSite: determinism', () => {
  it.each([
    { scale: undefined, seed: undefined },
    { scale: undefined, seed: 42 },
    { scale: 3000, seed: 7 },
  ])('gives deep-equal sites for the same options ($scale issues, seed $seed)', ({ scale, seed }) => {
    const options = { now, ...(scale === undefined ? {} : { scale }), ...(seed === undefined ? {} : { seed }) };
    expect(generateDemoSite(options)).toEqual(generateDemoSite(options));
  });

  it('gives a different site for a different seed', () => {
    expect(generateDemoSite({ now, seed: 2 }).issues).not.toEqual(site.issues);
  });

  it('moves every date with now, so the demo always looks current', () => {
    const later = generateDemoSite({ now: new Date(now.getTime() + 30 * dayMs) });
    const shifted = later.issues.map(readSiteIssue);
    expect(shifted.map((v, i) => v.created - views[i]!.created)).toEqual(views.map(() => 30 * dayMs));
    expect(shifted.map((v, i) => v.updated - views[i]!.updated)).toEqual(views.map(() => 30 * dayMs));
  });

  it('rejects an invalid now', () => {
    expect(() => generateDemoSite({ now: new Date('not a date') })).toThrow('valid `now`');
  });
});

describe('generateDemoSite: validity', () => {
  it('is a valid site file, and parsing it drops nothing', () => {
    const parsed: SiteFile = siteFileSchema.parse(JSON.parse(JSON.stringify(site)));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(site)));
  });

  it.each([
    ['storyPoints', 'Story point estimate'],
    ['startDate', 'Start date'],
    ['budget', 'Budget'],
    ['actualCost', 'Actual Cost'],
    ['probability', 'Probability'],
    ['impact', 'Impact'],
    ['mitigation', 'Mitigation'],
    ['program', 'Program'],
  ] as const)('lists the %s field under the name "%s" the app looks for', (key, name) => {
    expect(site.fields.filter((f) => f.name === name).map((f) => f.id)).toEqual([demoFieldIds[key]]);
    expect(demoFields.find((f) => f.id === demoFieldIds[key])?.custom).toBe(true);
  });

  it.each([
    ['Epic', 1, false],
    ['Story', 0, false],
    ['Sub-task', -1, true],
    ['Risk', 0, false],
  ])('gives %s hierarchy level %d and subtask %p', (name, level, subtask) => {
    const types = site.issues.filter((i) => i.fields.issuetype.name === name).map((i) => i.fields.issuetype);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect([type.hierarchyLevel, type.subtask]).toEqual([level, subtask]);
  });

  it('writes dates as Jira does: due dates YYYY-MM-DD, instants with milliseconds and +0000', () => {
    for (const issue of site.issues) {
      expect(issue.fields.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
      expect(issue.fields.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    }
    for (const v of views) if (v.due !== null) expect(v.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('generateDemoSite: consistency laws', () => {
  it.each(siteLaws)('obeys "%s"', (law) => {
    expect(checkSiteLaw(site, law)).toEqual([]);
  });

  it.each([
    ['2026-01-01T00:30:00.000Z', 1],
    ['2027-06-30T23:59:59.999Z', 5],
    ['2026-03-29T01:15:00.000Z', 11],
  ])('obeys every law when now is %s (seed %d)', (instant, seed) => {
    const other = generateDemoSite({ now: new Date(instant), seed });
    expect(siteLaws.flatMap((law) => checkSiteLaw(other, law))).toEqual([]);
    for (const v of other.issues.map(readSiteIssue)) expect(Math.max(v.created, v.updated, v.resolved ?? 0)).toBeLessThanOrEqual(Date.parse(instant));
  });

  it('numbers keys PROJ-1..n per project in order of creation', () => {
    for (const project of site.projects) {
      const own = views.filter((v) => v.projectKey === project.key).sort((a, b) => keyNumber(a.key) - keyNumber(b.key));
      expect(own.map((v) => v.key)).toEqual(own.map((_, i) => `${project.key}-${i + 1}`));
      for (let i = 1; i < own.length; i += 1) expect(own[i]!.created).toBeGreaterThanOrEqual(own[i - 1]!.created);
    }
  });

  it('numbers issue ids from 10000 and project ids from 10000', () => {
    expect(views.map((v) => Number(v.id)).sort((a, b) => a - b)).toEqual(views.map((_, i) => 10000 + i));
    expect(site.projects.map((p) => p.id)).toEqual(site.projects.map((_, i) => String(10000 + i)));
  });

  it('dates nothing after now', () => {
    for (const v of views) {
      expect(Math.max(v.created, v.updated, v.resolved ?? 0, ...v.histories.map((h) => Date.parse(h.created)))).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('records the transition into Done, with the resolution, at the resolution date', () => {
    for (const v of views.filter(isDone)) {
      const last = v.histories.filter((h) => h.items.some((i) => i.field === 'status')).at(-1);
      expect(last?.created).toBe(site.issues.find((i) => i.key === v.key)?.fields.resolutiondate);
      expect(last?.items.map((i) => i.field)).toEqual(['status', 'resolution']);
    }
  });

  it('puts sub-tasks of done parents in Done too', () => {
    for (const v of views.filter((x) => x.subtask)) {
      if (isDone(byKey.get(v.parentKey ?? '')!)) expect(v.category).toBe('done');
    }
  });
});
