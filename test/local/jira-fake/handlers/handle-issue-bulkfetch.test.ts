import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

interface BulkResult {
  expand: string;
  issues: { id: string; key: string; fields: Record<string, unknown>; changelog?: { histories: unknown[]; total: number } }[];
  issueErrors: { id: string; errorMessage: string }[];
}

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const fetchIssues = (body: unknown, accountId: string | null = null) => callFake(fake, 'POST', '/rest/api/3/issue/bulkfetch', accountId, body);

describe('POST /rest/api/3/issue/bulkfetch', () => {
  it('answers the issues in ascending id order, by id or key in any case, each once', async () => {
    const result = json<BulkResult>(await fetchIssues({ issueIdsOrKeys: ['ENG-2', '20001', 'pmo-3', 'PMO-1'] }));
    expect(result.issues.map((i) => i.key)).toEqual(['PMO-1', 'PMO-3', 'ENG-2']);
    expect(result.issueErrors).toEqual([]);
    expect(result.expand).toBe('schema,names');
  });

  it('returns navigable fields by default, the fields asked for otherwise', async () => {
    const byDefault = json<BulkResult>(await fetchIssues({ issueIdsOrKeys: ['PMO-4'] })).issues[0]?.fields ?? {};
    expect(byDefault).toHaveProperty('summary');
    expect(byDefault).not.toHaveProperty('comment');
    const asked = json<BulkResult>(await fetchIssues({ issueIdsOrKeys: ['PMO-4'], fields: ['summary', 'customfield_10016'] })).issues[0]?.fields;
    expect(asked).toEqual({ summary: 'Quarterly steering review', customfield_10016: 3 });
  });

  it('reports missing issues and issues the user cannot browse in issueErrors, as asked', async () => {
    const result = json<BulkResult>(await fetchIssues({ issueIdsOrKeys: ['ENG-1', 'PMO-1', 'NOPE-9', '99999'] }, USERS.bob));
    expect(result.issues.map((i) => i.key)).toEqual(['ENG-1']);
    expect(result.issueErrors).toEqual(
      ['PMO-1', 'NOPE-9', '99999'].map((id) => ({ id, errorMessage: 'Issue does not exist or you do not have permission to see it.' })),
    );
  });

  it('hides links to issues the user cannot browse', async () => {
    const [issue] = json<BulkResult>(await fetchIssues({ issueIdsOrKeys: ['PMO-3'], fields: ['issuelinks'] }, USERS.alice)).issues;
    expect(JSON.stringify(issue?.fields)).not.toContain('SEC-1');
  });

  it('inlines the changelog (at most 40) with expand', async () => {
    const [issue] = json<BulkResult>(await fetchIssues({ issueIdsOrKeys: ['PMO-4'], expand: ['changelog'] })).issues;
    expect([issue?.changelog?.histories.length, issue?.changelog?.total]).toEqual([40, 45]);
  });

  it.each([
    ['no issues', { issueIdsOrKeys: [] }],
    ['more than 100 issues', { issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => `PMO-${i + 1}`) }],
    ['no issueIdsOrKeys', { fields: ['summary'] }],
    ['an unknown property', { issueIdsOrKeys: ['PMO-1'], startAt: 0 }],
  ])('answers 400 for %s', async (_name, body) => {
    expect((await fetchIssues(body)).status).toBe(400);
  });
});
