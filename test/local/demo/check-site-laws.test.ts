import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import type { SiteFile } from '../../../local/site/site-file-schema';
import { checkSiteLaw, type SiteLaw } from './check-site-laws';

const base = generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z') });
const copy = (): SiteFile => structuredClone(base);
const fieldsOf = (site: SiteFile, predicate: (f: SiteFile['issues'][number]['fields']) => boolean): SiteFile['issues'][number]['fields'] => {
  const issue = site.issues.find((i) => predicate(i.fields));
  if (!issue) throw new Error('no issue matches');
  return issue.fields;
};

// The laws are only worth their passes if they catch a broken site.
describe('checkSiteLaw: finds broken sites', () => {
  it.each<[string, SiteLaw, (site: SiteFile) => void]>([
    [
      'a duplicate id',
      'unique ids',
      (site) => {
        site.issues[1]!.id = site.issues[0]!.id;
      },
    ],
    [
      'a link missing on one end',
      'links symmetric',
      (site) => {
        const fields = fieldsOf(site, (f) => Array.isArray(f.issuelinks) && f.issuelinks.length > 0);
        fields.issuelinks = [];
      },
    ],
    [
      'a sub-task its parent does not list',
      'parent and subtasks agree',
      (site) => {
        const fields = fieldsOf(site, (f) => Array.isArray(f.subtasks) && f.subtasks.length > 0);
        fields.subtasks = [];
      },
    ],
    [
      'a resolution date on open work',
      'resolutiondate iff done',
      (site) => {
        fieldsOf(site, (f) => f.status.statusCategory.key !== 'done').resolutiondate = '2026-11-01T10:00:00.000+0000';
      },
    ],
    [
      'an update before creation',
      'updated after created',
      (site) => {
        fieldsOf(site, () => true).updated = '2020-01-01T00:00:00.000+0000';
      },
    ],
    [
      'an issue in an unknown project',
      'projects known',
      (site) => {
        site.projects.shift();
      },
    ],
    [
      'a permission for an unknown project',
      'permissions name projects',
      (site) => {
        site.permissions['712020:nobody'] = ['NOPE'];
      },
    ],
  ])('reports %s', (_what, law, breakIt) => {
    const site = copy();
    expect(checkSiteLaw(site, law)).toEqual([]);
    breakIt(site);
    expect(checkSiteLaw(site, law).length).toBeGreaterThan(0);
  });
});
