import type { z } from 'zod';
import type { JiraClient } from '../../../src/adapters/jira/jira-client';
import { fetchDueDateChanges } from '../../../src/adapters/jira/fetch-due-date-changes';

/** A client that answers each request with the next canned body, parsed by the caller's schema, and records bodies. */
function cannedClient(answers: readonly unknown[]): { client: JiraClient; bodies: unknown[] } {
  const bodies: unknown[] = [];
  let next = 0;
  const client: JiraClient = {
    send<S extends z.ZodType>(_label: string, schema: S, call: Parameters<JiraClient['send']>[2]): Promise<z.infer<S>> {
      const requester = {
        requestJira: (_route: unknown, init?: { body?: unknown }) => {
          bodies.push(JSON.parse(String(init?.body)));
          return Promise.resolve(new Response('{}'));
        },
      };
      return call(requester as never).then(() => schema.parse(answers[next++]));
    },
    requestCount: () => next,
  };
  return { client, bodies };
}

const history = (created: string, item: Record<string, unknown>) => ({ id: '1', created, items: [{ field: 'duedate', fieldId: 'duedate', ...item }] });

describe('fetchDueDateChanges', () => {
  it.each([
    [
      'reads from/to as Jira writes them in the fixture (plain dates)',
      { from: '2026-11-01', to: '2026-11-15', fromString: '2026-11-01', toString: '2026-11-15' },
      { from: '2026-11-01', to: '2026-11-15' },
    ],
    [
      'reads the display strings when from/to are empty',
      { from: null, to: null, fromString: '2026-11-01 00:00:00.0', toString: '2026-11-15 00:00:00.0' },
      { from: '2026-11-01', to: '2026-11-15' },
    ],
    ['keeps an unset date as null', { from: null, to: '2026-11-15', fromString: null, toString: '2026-11-15' }, { from: null, to: '2026-11-15' }],
  ])('%s', async (_name, item, expected) => {
    const { client } = cannedClient([{ issueChangeLogs: [{ issueId: '10', changeHistories: [history('2026-11-10T09:00:00.000+0000', item)] }] }]);
    expect(await fetchDueDateChanges(client, new Map([['10', 'ALPHA-7']]))).toEqual([{ key: 'ALPHA-7', at: '2026-11-10T09:00:00.000+0000', ...expected }]);
  });

  it('follows nextPageToken and asks for the due date field only', async () => {
    const { client, bodies } = cannedClient([
      {
        issueChangeLogs: [{ issueId: '10', changeHistories: [history('2026-11-10T09:00:00.000+0000', { from: '2026-11-01', to: '2026-11-05' })] }],
        nextPageToken: 'p2',
      },
      { issueChangeLogs: [{ issueId: '10', changeHistories: [history('2026-11-12T09:00:00.000+0000', { from: '2026-11-05', to: '2026-11-09' })] }] },
    ]);
    const changes = await fetchDueDateChanges(client, new Map([['10', 'ALPHA-7']]));
    expect([changes.map((c) => c.to), bodies]).toEqual([
      ['2026-11-05', '2026-11-09'],
      [
        { issueIdsOrKeys: ['10'], fieldIds: ['duedate'], maxResults: 10000 },
        { issueIdsOrKeys: ['10'], fieldIds: ['duedate'], maxResults: 10000, nextPageToken: 'p2' },
      ],
    ]);
  });
});
