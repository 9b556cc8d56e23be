import { z } from 'zod';
import { createJiraFake } from '../../../local/jira-fake/create-jira-fake';
import { searchKeys } from './search-keys';
import { buildSmallSite, NOW, USERS } from './small-site';

const AT = new Date('2026-11-10T11:30:00.000Z');

describe('JiraFake.updateIssue', () => {
  it('sets the fields and fields.updated, and appends one history of what changed', () => {
    const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
    fake.updateIssue(
      'ENG-3',
      { assignee: { accountId: USERS.bob, displayName: 'Bob Builder' }, customfield_10016: 5, priority: { id: '4', name: 'Low' } },
      AT,
      USERS.alice,
    );
    const issue = fake.site.issues.find((i) => i.key === 'ENG-3');
    expect(issue?.fields['assignee']).toEqual({ accountId: USERS.bob, displayName: 'Bob Builder' });
    expect(issue?.fields.updated).toBe('2026-11-10T11:30:00.000+0000');
    expect(issue?.changelog?.histories).toEqual([
      {
        id: '11046',
        author: { accountId: USERS.alice, displayName: 'Alice Admin' },
        created: '2026-11-10T11:30:00.000+0000',
        items: [
          { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: null, fromString: null, to: USERS.bob, toString: 'Bob Builder' },
          { field: 'Story Points', fieldtype: 'custom', fieldId: 'customfield_10016', from: null, fromString: null, to: null, toString: '5' },
        ],
      },
    ]);
  });

  it('is what later searches see', async () => {
    const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
    expect(await searchKeys(fake, 'updated >= -1h', null)).toEqual({ keys: [] });
    fake.updateIssue('OPS-1', { labels: ['ops', 'urgent'] }, AT);
    expect(await searchKeys(fake, 'updated >= -1h', null)).toEqual({ keys: ['OPS-1'] });
    expect(await searchKeys(fake, 'labels = urgent', null)).toEqual({ keys: ['OPS-1'] });
  });

  it('records a status move as Jira does: status ids in from/to, names in fromString/toString, returned by the bulk changelog', async () => {
    const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
    const issue = fake.site.issues.find((i) => i.key === 'ENG-3');
    const before = issue?.fields.status;
    fake.updateIssue('ENG-3', { status: { id: '10099', name: 'Approved', statusCategory: { key: 'done' } } }, AT, USERS.alice);
    const answer = await fake.handle({
      method: 'POST',
      path: '/rest/api/3/changelog/bulkfetch',
      body: JSON.stringify({ issueIdsOrKeys: ['ENG-3'], fieldIds: ['status'] }),
      accountId: USERS.alice,
    });
    const body = z
      .object({
        issueChangeLogs: z.array(
          z.object({
            changeHistories: z.array(z.object({ author: z.object({ accountId: z.string() }).optional(), created: z.string(), items: z.array(z.unknown()) })),
          }),
        ),
      })
      .parse(await answer.json());
    expect(body.issueChangeLogs).toHaveLength(1);
    expect(body.issueChangeLogs[0]?.changeHistories.map((h) => [h.author?.accountId, h.created, h.items])).toEqual([
      [
        USERS.alice,
        '2026-11-10T11:30:00.000+0000',
        [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: before?.id, fromString: before?.name, to: '10099', toString: 'Approved' }],
      ],
    ]);
  });

  it('refuses an unknown issue and an edit that breaks the issue', () => {
    const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
    expect(() => {
      fake.updateIssue('PMO-999', { summary: 'x' }, AT);
    }).toThrow('PMO-999');
    expect(() => {
      fake.updateIssue('PMO-1', { status: 'Done' }, AT);
    }).toThrow('PMO-1');
  });
});
