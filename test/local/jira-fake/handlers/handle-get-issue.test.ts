import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

interface IssueBean {
  id: string;
  key: string;
  self: string;
  fields: Record<string, unknown>;
  changelog?: { total: number; histories: { id: string }[] };
}

const NOT_FOUND = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
  const get = (path: string, accountId: string | null = null) => callFake(fake, 'GET', `/rest/api/3/issue/${path}`, accountId);

  it.each([
    ['its key', 'PMO-4'],
    ['its key in lower case', 'pmo-4'],
    ['its id', '20004'],
  ])('finds an issue by %s', async (_name, ref) => {
    const answer = await get(ref, USERS.carol);
    expect(answer.status).toBe(200);
    expect(json<IssueBean>(answer)).toMatchObject({ id: '20004', key: 'PMO-4', self: 'https://small.example.net/rest/api/3/issue/20004' });
  });

  it('returns all fields by default, non-navigable ones included', async () => {
    const fields = json<IssueBean>(await get('PMO-4')).fields;
    expect(fields).toHaveProperty('comment');
    expect(fields).toHaveProperty('customfield_10016', 3);
  });

  it('returns the fields asked for', async () => {
    expect(Object.keys(json<IssueBean>(await get('PMO-4?fields=summary,duedate')).fields).sort()).toEqual(['duedate', 'summary']);
  });

  it('inlines the 40 newest histories with expand=changelog', async () => {
    const changelog = json<IssueBean>(await get('PMO-4?expand=changelog')).changelog;
    expect([changelog?.total, changelog?.histories.length, changelog?.histories[0]?.id]).toEqual([45, 40, '11045']);
  });

  it.each([
    ['a missing issue', 'PMO-999', null],
    ['an issue in a project the user cannot browse', 'SEC-1', USERS.alice],
    ['an issue for a user without grants', 'PMO-1', USERS.dana],
  ])('answers the same 404 for %s', async (_name, ref, accountId) => {
    const answer = await get(ref, accountId);
    expect(answer.status).toBe(404);
    expect(json<unknown>(answer)).toEqual(NOT_FOUND);
  });

  it('hides a parent and subtasks the user cannot browse', async () => {
    const edited = createJiraFake(buildSmallSite(), { now: () => NOW });
    edited.updateIssue(
      'OPS-1',
      {
        parent: { id: '20011', key: 'SEC-1' },
        subtasks: [
          { id: '20011', key: 'SEC-1' },
          { id: '20010', key: 'OPS-2' },
        ],
      },
      NOW,
    );
    const asCarol = json<IssueBean>(await callFake(edited, 'GET', '/rest/api/3/issue/OPS-1', USERS.carol)).fields;
    expect(asCarol).not.toHaveProperty('parent');
    expect(asCarol['subtasks']).toEqual([{ id: '20010', key: 'OPS-2' }]);
    const asApp = json<IssueBean>(await callFake(edited, 'GET', '/rest/api/3/issue/OPS-1', null)).fields;
    expect(asApp).toHaveProperty('parent.key', 'SEC-1');
  });
});
