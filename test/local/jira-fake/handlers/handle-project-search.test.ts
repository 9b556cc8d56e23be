import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import type { SiteFile } from '../../../../local/site/site-file-schema';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

interface ProjectPage {
  self: string;
  nextPage?: string;
  maxResults: number;
  startAt: number;
  total: number;
  isLast: boolean;
  values: { key: string; lead?: { accountId: string }; description?: string; projectCategory?: { id: string; name: string } }[];
}

/** The small site plus `count` projects P00..P.. browsable by alice, for paging. */
function siteWithProjects(count: number): SiteFile {
  const site = buildSmallSite();
  const extra = Array.from({ length: count }, (_, i) => ({
    id: String(50000 + i),
    key: `P${String(i).padStart(3, '0')}`,
    name: `Project ${i}`,
    projectTypeKey: 'software',
  }));
  return {
    ...site,
    projects: [...site.projects, ...extra],
    permissions: { ...site.permissions, [USERS.alice]: [...(site.permissions[USERS.alice] ?? []), ...extra.map((p) => p.key)] },
  };
}

const fake = createJiraFake(siteWithProjects(120), { now: () => NOW });
const search = (query: string, accountId: string | null) => callFake(fake, 'GET', `/rest/api/3/project/search${query}`, accountId);
const keysOf = async (query: string, accountId: string | null) => json<ProjectPage>(await search(query, accountId)).values.map((p) => p.key);

describe('GET /rest/api/3/project/search', () => {
  it.each([
    ['bob', USERS.bob, ['ENG']],
    ['carol', USERS.carol, ['OPS', 'PMO']],
    ['dana', USERS.dana, []],
  ])('lists only the projects %s may browse, by key', async (_name, accountId, keys) => {
    expect(await keysOf('', accountId)).toEqual(keys);
  });

  it('lists every project for the app, the hidden one included', async () => {
    expect(await keysOf('?keys=SEC&keys=PMO&keys=ENG', null)).toEqual(['ENG', 'PMO', 'SEC']);
  });

  it('pages by startAt with total, isLast and nextPage', async () => {
    const first = json<ProjectPage>(await search('?startAt=0&maxResults=50', USERS.alice));
    expect([first.startAt, first.maxResults, first.total, first.isLast, first.values.length]).toEqual([0, 50, 123, false, 50]);
    expect(first.nextPage).toBe('https://small.example.net/rest/api/3/project/search?startAt=50&maxResults=50');
    const last = json<ProjectPage>(await search('?startAt=100&maxResults=50', USERS.alice));
    expect([last.values.length, last.isLast, last.nextPage]).toEqual([23, true, undefined]);
  });

  it('serves at most 100 projects a page', async () => {
    const page = json<ProjectPage>(await search('?maxResults=500', USERS.alice));
    expect([page.maxResults, page.values.length]).toEqual([100, 100]);
  });

  it.each([
    ['keys', '?keys=PMO&keys=OPS&keys=SEC', ['OPS', 'PMO']],
    ['categoryId', '?categoryId=10100', ['ENG', 'PMO']],
    ['query on key or name, any case', '?query=operat', ['OPS']],
    ['typeKey', '?typeKey=business', ['OPS']],
    ['orderBy name descending', '?orderBy=-name&keys=PMO&keys=OPS&keys=ENG', ['PMO', 'OPS', 'ENG']],
  ])('filters by %s', async (_name, query, keys) => {
    expect(await keysOf(query, USERS.alice)).toEqual(keys);
  });

  it('adds lead and description only when expanded', async () => {
    const plain = json<ProjectPage>(await search('?keys=PMO', USERS.alice)).values[0];
    expect(plain).not.toHaveProperty('lead');
    expect(plain).not.toHaveProperty('description');
    const expanded = json<ProjectPage>(await search('?keys=PMO&expand=lead,description', USERS.alice)).values[0];
    expect(expanded?.lead?.accountId).toBe(USERS.alice);
    expect(expanded?.description).toBe('Portfolio office');
    expect(expanded?.projectCategory).toMatchObject({ id: '10100', name: 'Alpha Program' });
  });

  it.each([
    ['a negative startAt', '?startAt=-1'],
    ['a maxResults that is no number', '?maxResults=many'],
    ['a categoryId that is no number', '?categoryId=alpha'],
  ])('answers 400 for %s', async (_name, query) => {
    expect((await search(query, USERS.alice)).status).toBe(400);
  });
});
