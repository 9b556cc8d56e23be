import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const count = (jql: unknown, accountId: string | null) => callFake(fake, 'POST', '/rest/api/3/search/approximate-count', accountId, { jql });

describe('POST /rest/api/3/search/approximate-count', () => {
  it.each([
    ['the app', null, 'created >= "2000-01-01"', 11],
    ['alice', USERS.alice, 'created >= "2000-01-01"', 10],
    ['bob', USERS.bob, 'created >= "2000-01-01"', 3],
    ['carol', USERS.carol, 'labels = raid-risk', 2],
    ['dana', USERS.dana, 'created >= "2000-01-01"', 0],
  ])('counts only what %s may browse', async (_name, accountId, jql, expected) => {
    const answer = await count(jql, accountId);
    expect(answer.status).toBe(200);
    expect(json<unknown>(answer)).toEqual({ count: expected });
  });

  it.each([
    ['an unbounded query', 'ORDER BY key'],
    ['a project the user cannot see', 'project = SEC'],
    ['an unknown field', 'nosuch = 1'],
  ])('answers 400 for %s', async (_name, jql) => {
    expect((await count(jql, USERS.bob)).status).toBe(400);
  });
});
