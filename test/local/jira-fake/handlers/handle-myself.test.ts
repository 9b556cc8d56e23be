import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const get = (path: string, accountId: string | null = USERS.bob) => callFake(fake, 'GET', path, accountId);

describe('GET /rest/api/3/myself', () => {
  it('answers the acting user, with groups when expanded', async () => {
    const me = json<{ accountId: string; displayName: string; emailAddress: string; groups: { size: number; items: { name: string }[] } }>(
      await get('/rest/api/3/myself?expand=groups', USERS.alice),
    );
    expect(me).toMatchObject({ accountId: USERS.alice, displayName: 'Alice Admin', emailAddress: 'alice@example.com', accountType: 'atlassian', active: true });
    expect(me.groups.items.map((g) => g.name)).toEqual(['jira-administrators', 'jira-users']);
  });

  it('lists no group items unless expanded', async () => {
    const me = json<{ groups: { size: number; items: unknown[] } }>(await get('/rest/api/3/myself', USERS.alice));
    expect(me.groups).toEqual({ size: 2, items: [] });
  });

  it('answers the app account for the app', async () => {
    expect(json<unknown>(await get('/rest/api/3/myself', null))).toMatchObject({ accountType: 'app', displayName: 'PMO Governance for Jira' });
  });
});
