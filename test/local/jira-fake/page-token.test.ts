import { pageToken } from '../../../local/jira-fake/page-token';

describe('pageToken', () => {
  it.each([0, 1, 100, 4999])('round-trips offset %i for the same query', (offset) => {
    expect(pageToken.decode(pageToken.encode(offset, 'project = PMO|acc-bob'), 'project = PMO|acc-bob')).toBe(offset);
  });

  it.each([
    ['another query', pageToken.encode(50, 'project = PMO|acc-bob'), 'project = ENG|acc-bob'],
    ['another viewer', pageToken.encode(50, 'project = PMO|acc-bob'), 'project = PMO|acc-alice'],
    ['text that is no token', 'not-a-token', 'project = PMO|acc-bob'],
    ['a token with a negative offset', Buffer.from(JSON.stringify({ o: -1, f: 'x' })).toString('base64url'), 'project = PMO|acc-bob'],
  ])('refuses a token of %s', (_name, token, scope) => {
    expect(pageToken.decode(token, scope)).toBeNull();
  });

  it('is opaque: the query does not show in the token', () => {
    expect(pageToken.encode(10, 'project = SECRET|acc-bob')).not.toContain('SECRET');
  });
});
