import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

interface ChangelogPage {
  issueChangeLogs: { issueId: string; changeHistories: { id: string; author?: { accountId: string; displayName: string }; items: { fieldId?: string }[] }[] }[];
  nextPageToken?: string;
}

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const fetchChangelogs = (body: unknown, accountId: string | null = null) => callFake(fake, 'POST', '/rest/api/3/changelog/bulkfetch', accountId, body);

async function allPages(body: Record<string, unknown>, accountId: string | null = null): Promise<ChangelogPage[]> {
  const pages: ChangelogPage[] = [];
  let token: string | undefined;
  do {
    const answer = await fetchChangelogs({ ...body, ...(token ? { nextPageToken: token } : {}) }, accountId);
    expect(answer.status).toBe(200);
    const page = json<ChangelogPage>(answer);
    pages.push(page);
    token = page.nextPageToken;
  } while (token !== undefined && pages.length < 100);
  return pages;
}

const historyIds = (pages: ChangelogPage[]) => pages.flatMap((p) => p.issueChangeLogs.flatMap((l) => l.changeHistories.map((h) => h.id)));

describe('POST /rest/api/3/changelog/bulkfetch', () => {
  it('answers every history, grouped per issue in ascending issue id, oldest first', async () => {
    const [page] = await allPages({ issueIdsOrKeys: ['ENG-1', 'PMO-2'] });
    expect(page?.issueChangeLogs.map((l) => [l.issueId, l.changeHistories.map((h) => h.id)])).toEqual([
      ['20002', ['10501', '10502']],
      ['20006', ['10601', '10602', '10603']],
    ]);
    expect(page).not.toHaveProperty('nextPageToken');
  });

  it('renders each author as a Jira user', async () => {
    const [page] = await allPages({ issueIdsOrKeys: ['PMO-2'] });
    expect(page?.issueChangeLogs[0]?.changeHistories[0]?.author).toMatchObject({ accountId: USERS.carol, displayName: 'Carol Casual' });
  });

  it('pages over histories by nextPageToken, splitting an issue across pages', async () => {
    const pages = await allPages({ issueIdsOrKeys: ['PMO-2', 'ENG-1'], maxResults: 2 });
    expect(pages.map((p) => p.issueChangeLogs.map((l) => `${l.issueId}:${l.changeHistories.length}`))).toEqual([['20002:2'], ['20006:2'], ['20006:1']]);
  });

  it('answers the whole history, beyond the 40 inlined by expand=changelog', async () => {
    expect(historyIds(await allPages({ issueIdsOrKeys: ['PMO-4'] }))).toHaveLength(45);
  });

  it('keeps only the items of the fields asked for, and histories that have some', async () => {
    const pages = await allPages({ issueIdsOrKeys: ['PMO-2', 'ENG-1'], fieldIds: ['status'] });
    expect(historyIds(pages)).toEqual(['10501', '10502', '10601']);
    expect(pages.flatMap((p) => p.issueChangeLogs.flatMap((l) => l.changeHistories.flatMap((h) => h.items.map((i) => i.fieldId))))).toEqual([
      'status',
      'status',
      'status',
    ]);
  });

  it('leaves out issues the user cannot browse and issues that do not exist', async () => {
    const [page] = await allPages({ issueIdsOrKeys: ['PMO-2', 'ENG-1', 'NOPE-1'] }, USERS.bob);
    expect(page?.issueChangeLogs.map((l) => l.issueId)).toEqual(['20006']);
  });

  it.each([
    ['no issues', { issueIdsOrKeys: [] }],
    ['more than 1000 issues', { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => String(i)) }],
    ['more than 10 field ids', { issueIdsOrKeys: ['PMO-2'], fieldIds: Array.from({ length: 11 }, (_, i) => `f${i}`) }],
    ['repeated field ids', { issueIdsOrKeys: ['PMO-2'], fieldIds: ['status', 'status'] }],
    ['maxResults above 10000', { issueIdsOrKeys: ['PMO-2'], maxResults: 10001 }],
    ['a token that is not one', { issueIdsOrKeys: ['PMO-2'], nextPageToken: 'nope' }],
    ['an unknown property', { issueIdsOrKeys: ['PMO-2'], startAt: 1 }],
  ])('answers 400 for %s', async (_name, body) => {
    expect((await fetchChangelogs(body)).status).toBe(400);
  });
});
