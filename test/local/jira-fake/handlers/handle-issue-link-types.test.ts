import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const get = (path: string, accountId: string | null = USERS.bob) => callFake(fake, 'GET', path, accountId);

describe('GET /rest/api/3/issueLinkType', () => {
  it('GET /rest/api/3/issueLinkType answers { issueLinkTypes } with self links', async () => {
    expect(json<unknown>(await get('/rest/api/3/issueLinkType'))).toEqual({
      issueLinkTypes: [
        { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: 'https://small.example.net/rest/api/3/issueLinkType/10000' },
        { id: '10001', name: 'Relates', inward: 'relates to', outward: 'relates to', self: 'https://small.example.net/rest/api/3/issueLinkType/10001' },
      ],
    });
  });
});
