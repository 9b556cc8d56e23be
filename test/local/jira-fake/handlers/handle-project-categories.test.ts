import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const get = (path: string, accountId: string | null = USERS.bob) => callFake(fake, 'GET', path, accountId);

describe('GET /rest/api/3/projectCategory', () => {
  it('GET /rest/api/3/projectCategory lists every category in use, with self links', async () => {
    expect(json<unknown>(await get('/rest/api/3/projectCategory'))).toEqual([
      { self: 'https://small.example.net/rest/api/3/projectCategory/10100', id: '10100', name: 'Alpha Program', description: 'The alpha programme' },
      { self: 'https://small.example.net/rest/api/3/projectCategory/10101', id: '10101', name: 'Beta Program' },
    ]);
  });
});
