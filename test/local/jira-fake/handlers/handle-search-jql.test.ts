import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

interface Page {
  issues: {
    id: string;
    key?: string;
    self?: string;
    expand?: string;
    fields?: Record<string, unknown>;
    changelog?: { total: number; maxResults: number; histories: { id: string }[] };
  }[];
  nextPageToken?: string;
  isLast: boolean;
}

const SEARCH = '/rest/api/3/search/jql';
const fake = createJiraFake(buildSmallSite({ bulkIssues: 250 }), { now: () => NOW });
const post = async (body: unknown, accountId: string | null = null) => callFake(fake, 'POST', SEARCH, accountId, body);

describe('POST /rest/api/3/search/jql', () => {
  it('answers only issue ids when no fields are asked for', async () => {
    const answer = await post({ jql: 'project = PMO ORDER BY key' });
    expect(answer.status).toBe(200);
    const page = json<Page>(answer);
    expect(page.issues).toEqual(['20001', '20002', '20003', '20004', '20005'].map((id) => ({ id })));
    expect(page.isLast).toBe(true);
    expect(page).not.toHaveProperty('nextPageToken');
  });

  it('answers { expand, id, self, key, fields } with the fields asked for', async () => {
    const page = json<Page>(await post({ jql: 'key = PMO-1', fields: ['summary', 'status'] }));
    const [issue] = page.issues;
    expect(Object.keys(issue ?? {}).sort()).toEqual(['expand', 'fields', 'id', 'key', 'self']);
    expect(issue?.self).toBe('https://small.example.net/rest/api/3/issue/20001');
    expect(Object.keys(issue?.fields ?? {}).sort()).toEqual(['status', 'summary']);
  });

  it.each([
    ['*all includes non-navigable fields', ['*all'], ['comment', 'summary'], []],
    ['*navigable leaves out non-navigable fields', ['*navigable'], ['summary', 'duedate'], ['comment']],
    ['-field alone means navigable fields but that one', ['-summary'], ['status', 'duedate'], ['summary', 'comment']],
    ['*all,-comment', ['*all,-comment'], ['summary'], ['comment']],
    ['a known field the issue lacks comes back as null', ['summary', 'resolutiondate'], ['resolutiondate'], []],
  ])('selects fields: %s', async (_name, fields, present, absent) => {
    const page = json<Page>(await post({ jql: 'key = PMO-4', fields }));
    const selected = page.issues[0]?.fields ?? {};
    for (const field of present) expect(selected).toHaveProperty(field);
    for (const field of absent) expect(selected).not.toHaveProperty(field);
  });

  it('pages by nextPageToken to the end, each issue once, in order', async () => {
    const keys: string[] = [];
    const sizes: number[] = [];
    let token: string | undefined;
    for (;;) {
      const page = json<Page>(
        await post({ jql: 'labels = bulk ORDER BY key', fields: ['summary'], maxResults: 100, ...(token ? { nextPageToken: token } : {}) }),
      );
      sizes.push(page.issues.length);
      keys.push(...page.issues.map((i) => i.key ?? ''));
      if (page.isLast) {
        expect(page.nextPageToken).toBeUndefined();
        break;
      }
      expect(typeof page.nextPageToken).toBe('string');
      token = page.nextPageToken;
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(keys).toEqual(Array.from({ length: 250 }, (_, i) => `ENG-${100 + i}`));
  });

  it.each([
    ['50 by default', {}, 50],
    ['at most 100 when fields are asked for', { fields: ['summary'], maxResults: 1000 }, 100],
    ['up to 5000 for ids only', { maxResults: 5000 }, 250],
    ['up to 5000 for keys only', { fields: ['key'], maxResults: 5000 }, 250],
    ['at least 1', { maxResults: 0 }, 1],
  ])('serves pages of %s', async (_name, extra, size) => {
    const page = json<Page>(await post({ jql: 'labels = bulk', ...extra }));
    expect(page.issues).toHaveLength(size);
  });

  it('inlines at most the 40 newest histories with expand=changelog, with the total', async () => {
    const page = json<Page>(await post({ jql: 'key = PMO-4', fields: ['summary'], expand: 'changelog' }));
    const changelog = page.issues[0]?.changelog;
    expect(changelog?.total).toBe(45);
    expect(changelog?.histories).toHaveLength(40);
    expect(changelog?.histories[0]?.id).toBe('11045');
    expect(changelog?.histories.at(-1)?.id).toBe('11006');
  });

  it.each([
    ['the app sees every link', null, ['ENG-1', 'SEC-1']],
    ['a user sees links to projects they may browse', USERS.alice, ['ENG-1']],
    ['a user without the linked projects sees none', USERS.carol, []],
  ])('hides links to issues the viewer cannot browse: %s', async (_name, accountId, linked) => {
    const page = json<Page>(await post({ jql: 'key = PMO-3', fields: ['issuelinks'] }, accountId));
    const links = (page.issues[0]?.fields?.['issuelinks'] ?? []) as { inwardIssue?: { key: string } }[];
    expect(links.map((l) => l.inwardIssue?.key)).toEqual(linked);
  });

  it.each([
    ['the app', null, 261],
    ['alice (PMO, ENG, OPS)', USERS.alice, 260],
    ['bob (ENG)', USERS.bob, 253],
    ['carol (PMO, OPS)', USERS.carol, 7],
    ['dana (nothing)', USERS.dana, 0],
  ])('finds only what %s may browse', async (_name, accountId, count) => {
    const page = json<Page>(await post({ jql: 'created >= "2000-01-01"', maxResults: 5000 }, accountId));
    expect(page.issues).toHaveLength(count);
  });

  it.each([
    ['a token that is not one', { jql: 'labels = bulk', nextPageToken: 'garbage' }],
    ['a token of another query', 'other-query'],
    ['more than 50 reconcileIssues', { jql: 'labels = bulk', reconcileIssues: Array.from({ length: 51 }, (_, i) => i + 1) }],
    ['an unknown body property', { jql: 'labels = bulk', startAt: 0 }],
    ['a body of the wrong type', { jql: 'labels = bulk', maxResults: 'ten' }],
  ])('answers 400 for %s', async (_name, body) => {
    let request: unknown = body;
    if (body === 'other-query') {
      const first = json<Page>(await post({ jql: 'labels = bulk', maxResults: 10 }));
      request = { jql: 'project = ENG', nextPageToken: first.nextPageToken };
    }
    const answer = await post(request);
    expect(answer.status).toBe(400);
    expect(json<{ errorMessages: string[]; errors: object }>(answer)).toEqual({ errorMessages: [expect.any(String)], errors: expect.any(Object) as object });
  });

  it("answers 400 with Jira's message for a body that is not JSON", async () => {
    const answer = await callFake(fake, 'POST', SEARCH, null, '{"jql": ');
    expect(answer.status).toBe(400);
    expect(json<{ errorMessages: string[] }>(answer).errorMessages).toEqual(['Invalid request payload. Refer to the REST API documentation and try again.']);
  });
});

describe('GET /rest/api/3/search/jql', () => {
  it('reads the same search from the query string, fields comma-separated or repeated', async () => {
    const viaGet = json<Page>(
      await callFake(
        fake,
        'GET',
        `${SEARCH}?jql=${encodeURIComponent('project = PMO ORDER BY key')}&fields=summary,status&fields=duedate&maxResults=3`,
        USERS.carol,
      ),
    );
    const viaPost = json<Page>(await post({ jql: 'project = PMO ORDER BY key', fields: ['summary', 'status', 'duedate'], maxResults: 3 }, USERS.carol));
    expect(viaGet.issues).toEqual(viaPost.issues);
    expect(viaGet.issues).toHaveLength(3);
    expect(Object.keys(viaGet.issues[0]?.fields ?? {}).sort()).toEqual(['duedate', 'status', 'summary']);
  });

  it('pages with the token in the query string', async () => {
    const first = json<Page>(await callFake(fake, 'GET', `${SEARCH}?jql=labels%3Dbulk&maxResults=200`, null));
    const second = json<Page>(
      await callFake(fake, 'GET', `${SEARCH}?jql=labels%3Dbulk&maxResults=200&nextPageToken=${encodeURIComponent(first.nextPageToken ?? '')}`, null),
    );
    expect([first.issues.length, second.issues.length, second.isLast]).toEqual([200, 50, true]);
  });

  it('answers 400 for a maxResults that is not a number', async () => {
    expect((await callFake(fake, 'GET', `${SEARCH}?jql=labels%3Dbulk&maxResults=lots`, null)).status).toBe(400);
  });
});

describe('the 5000-issue page cap', () => {
  it('never serves more than 5000 ids in one page', async () => {
    const big = createJiraFake(buildSmallSite({ bulkIssues: 5010 }), { now: () => NOW });
    const page = json<Page>(await callFake(big, 'POST', SEARCH, null, { jql: 'labels = bulk', maxResults: 10000 }));
    expect(page.issues).toHaveLength(5000);
    expect(page.isLast).toBe(false);
  });
});
