import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const get = (path: string, accountId: string | null = USERS.bob) => callFake(fake, 'GET', path, accountId);

describe('GET /rest/api/3/field', () => {
  it("GET /rest/api/3/field lists the site's fields with Jira's defaults filled in", async () => {
    const fields = json<{ id: string; key: string; clauseNames: string[]; navigable: boolean }[]>(await get('/rest/api/3/field'));
    expect(fields.map((f) => f.id)).toContain('customfield_10016');
    expect(fields.find((f) => f.id === 'customfield_10016')).toMatchObject({
      key: 'customfield_10016',
      clauseNames: ['cf[10016]', 'Story Points'],
      navigable: true,
    });
    expect(fields.find((f) => f.id === 'comment')).toMatchObject({ navigable: false, clauseNames: ['comment'] });
  });
});
