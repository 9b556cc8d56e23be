import { createJiraFake, type JiraFake } from '../../../local/jira-fake/create-jira-fake';
import { requestPoints } from '../../../local/jira-fake/request-points';
import { callFake, json, type FakeAnswer } from './call-fake';
import { buildSmallSite, NOW, USERS } from './small-site';

const SEARCH = '/rest/api/3/search/jql';

/** Sends one request to a fresh traffic count and answers what it cost with the answer itself. */
async function charged(
  fake: JiraFake,
  method: string,
  path: string,
  accountId: string | null,
  body?: unknown,
): Promise<{ points: number; answer: FakeAnswer }> {
  fake.resetTraffic();
  const answer = await callFake(fake, method, path, accountId, body);
  return { points: fake.traffic().points.total, answer };
}

describe('points: what each answer costs', () => {
  const fake = createJiraFake(buildSmallSite({ bulkIssues: 5010 }), { now: () => NOW });

  it.each([
    ['a search page of 100 issues with fields', 101, 200, 'POST', SEARCH, null, { jql: 'labels = bulk', fields: ['summary'], maxResults: 100 }],
    ['an ids-only search page of 5000 issues', 5001, 200, 'POST', SEARCH, null, { jql: 'labels = bulk', maxResults: 5000 }],
    ['a GET search page of 7 issues', 8, 200, 'GET', `${SEARCH}?jql=labels%3Dbulk&maxResults=7`, null, undefined],
    ['a search that finds nothing', 1, 200, 'POST', SEARCH, null, { jql: 'labels = nothing-has-this' }],
    ['a JQL error (400)', 1, 400, 'POST', SEARCH, null, { jql: 'project = NOPE' }],
    ['an approximate count (a number, no objects)', 1, 200, 'POST', '/rest/api/3/search/approximate-count', null, { jql: 'labels = bulk' }],
    ['one issue', 2, 200, 'GET', '/rest/api/3/issue/PMO-1?fields=summary', null, undefined],
    ['a missing issue (404)', 1, 404, 'GET', '/rest/api/3/issue/PMO-999', null, undefined],
    [
      'a bulk fetch of 2 issues and 1 hidden one (issueErrors are not issues)',
      3,
      200,
      'POST',
      '/rest/api/3/issue/bulkfetch',
      USERS.bob,
      { issueIdsOrKeys: ['ENG-1', 'ENG-2', 'SEC-1'], fields: ['summary'] },
    ],
    ['a project search page of 3', 4, 200, 'GET', '/rest/api/3/project/search?maxResults=3', null, undefined],
    ['the project categories (not projects)', 1, 200, 'GET', '/rest/api/3/projectCategory', null, undefined],
    ['the fields', 1, 200, 'GET', '/rest/api/3/field', null, undefined],
    ['the issue link types', 1, 200, 'GET', '/rest/api/3/issueLinkType', null, undefined],
    ['myself (one user)', 3, 200, 'GET', '/rest/api/3/myself', USERS.bob, undefined],
    ['mypermissions for 2 permissions', 5, 200, 'GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER', USERS.bob, undefined],
    [
      'a permissions check granting 1 global and 1 project permission',
      5,
      200,
      'POST',
      '/rest/api/3/permissions/check',
      USERS.bob,
      { globalPermissions: ['ADMINISTER', 'USER_PICKER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000, 10001] }] },
    ],
    ['a path the fake does not serve (404)', 1, 404, 'GET', '/rest/api/3/dashboard', null, undefined],
    ['a method the path does not take (405)', 1, 405, 'DELETE', SEARCH, null, undefined],
    ['an unknown account (401)', 1, 401, 'GET', '/rest/api/3/myself', 'acc-stranger', undefined],
    ['the removed search (410)', 1, 410, 'POST', '/rest/api/3/search', null, { jql: 'project = PMO' }],
  ] as const)('charges %s: %d point(s)', async (_what, expected, status, method, path, accountId, body) => {
    const { points, answer } = await charged(fake, method, path, accountId, body);
    expect([answer.status, points]).toEqual([status, expected]);
  });

  it('charges a changelog page 1 point plus 1 per issue whose changelog it returns, whatever the number of histories', async () => {
    const { points, answer } = await charged(fake, 'POST', '/rest/api/3/changelog/bulkfetch', null, { issueIdsOrKeys: ['PMO-1', 'PMO-4', 'ENG-1'] });
    const { issueChangeLogs } = json<{ issueChangeLogs: { changeHistories: unknown[] }[] }>(answer);
    expect(issueChangeLogs).toHaveLength(2);
    expect(issueChangeLogs.reduce((sum, log) => sum + log.changeHistories.length, 0)).toBeGreaterThan(2);
    expect(points).toBe(3);
  });

  it('charges nothing for an injected fault: Jira never answered it', async () => {
    const faulty = createJiraFake(buildSmallSite(), { now: () => NOW, faults: { rateLimitRate: 1 } });
    expect((await charged(faulty, 'GET', '/rest/api/3/myself', USERS.bob)).points).toBe(0);
  });

  it('totals points by endpoint in the traffic summary, until reset', async () => {
    const own = createJiraFake(buildSmallSite(), { now: () => NOW });
    await callFake(own, 'GET', '/rest/api/3/myself', USERS.bob);
    await callFake(own, 'GET', '/rest/api/3/myself', USERS.bob);
    await callFake(own, 'GET', '/rest/api/3/project/search?maxResults=3', null);
    expect(own.traffic().points).toEqual({ total: 10, byEndpoint: { 'GET /rest/api/3/myself': 6, 'GET /rest/api/3/project/search': 4 } });
    own.resetTraffic();
    expect(own.traffic().points).toEqual({ total: 0, byEndpoint: {} });
    expect(own.points().spentTotal).toBe(10);
  });

  it('reads an answer it cannot count as the base point alone', () => {
    expect(requestPoints('POST /rest/api/3/search/jql', 200, 'not an object')).toBe(1);
  });
});
