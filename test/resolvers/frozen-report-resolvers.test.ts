import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { jestSystemClock } from '../support/jest-system-clock';
import type { Envelope } from '../../src/contract/envelope';
import type { FrozenReportDto, FrozenReportListDto } from '../../src/contract/report-frozen-dto';
import type { FrozenReportSummary } from '../../src/domain/report/frozen-report';

const now = new Date('2026-11-20T12:00:00.000Z');
const payload = { scope: { kind: 'portfolio' }, period: '30d' };

describe('frozen status reports on the small hand-checked site', () => {
  let app: LocalApp;
  const call = (functionKey: string, accountId: string, body: unknown, moduleKey = 'executive-status-report') =>
    app.invokeResolver({ functionKey, payload: body, accountId, moduleKey, extension: { type: 'macro' } });
  const publish = async (accountId: string) => {
    const answer = (await call('publishStatusReport', accountId, payload)) as Envelope<FrozenReportSummary>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };
  const list = async (accountId: string, moduleKey?: string) => {
    const answer = (await call('listFrozenReports', accountId, {}, moduleKey)) as Envelope<FrozenReportListDto>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data.reports.map((r) => r.id);
  };
  const open = (accountId: string, id: string) => call('getFrozenReport', accountId, { id }) as Promise<Envelope<FrozenReportDto>>;
  let byPm: FrozenReportSummary;
  let byRestricted: FrozenReportSummary;

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({
      site: loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')),
      dataDir: null,
      clock: jestSystemClock(),
      fakeOptions: { now: () => now },
    });
    await app.fireDailySnapshot();
    await app.queue.drain();
    byPm = await publish('pm');
    jest.setSystemTime(new Date(now.getTime() + 60_000));
    byRestricted = await publish('restricted');
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it.each([
    ["the publisher's name", () => [byPm.publishedBy.displayName, byRestricted.publishedBy.displayName], ['Paul PM', 'Rita Restricted']],
    ['the publishing time', () => byPm.publishedAt, '2026-11-20T12:00:00.000Z'],
    [
      'the projects each publisher could see',
      () => [byPm.projectKeys, byRestricted.projectKeys],
      [
        ['ALPHA', 'BETA', 'GAMMA'],
        ['ALPHA', 'BETA'],
      ],
    ],
  ])('records %s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it('lists both copies to a reader who may browse everything, newest first', async () => {
    expect(await list('exec')).toEqual([byRestricted.id, byPm.id]);
  });

  it('keeps a copy showing GAMMA from the restricted user, in the list and when asked by id', async () => {
    expect(await list('restricted')).toEqual([byRestricted.id]);
    expect(await open('restricted', byPm.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps copies to the macro they were published from', async () => {
    expect(await list('exec', 'another-macro')).toEqual([]);
  });

  it('shows a copy exactly as published, and the change since: a due date moved later after publishing', async () => {
    app.fake?.updateIssue('ALPHA-4', { duedate: '2026-12-20' }, new Date('2026-11-20T12:05:00.000Z'), 'pm');
    jest.setSystemTime(new Date('2026-11-20T12:10:00.000Z'));
    await app.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { key: 'ALPHA-4', fields: { project: { key: 'ALPHA' } } } });
    await app.queue.drain();
    const answer = await open('pm', byPm.id);
    if (!answer.ok) throw new Error(answer.error.message);
    expect([answer.data.frozen.report.slipped, answer.data.diff?.newSlips, answer.data.frozen.publishedBy.displayName]).toEqual([[], ['ALPHA-4'], 'Paul PM']);
  });

  it.each([
    ['an id of the wrong shape', { id: '../../etc' }],
    ['no id', {}],
  ])('refuses %s with BAD_REQUEST', async (_name, body) => {
    expect(await call('getFrozenReport', 'pm', body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
