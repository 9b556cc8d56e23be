import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLocalApp } from '../../../../local/forge-runtime/create-local-app';
import type { ChangeControlDto } from '../../../../src/contract/change-control-dto';
import type { Envelope } from '../../../../src/contract/envelope';
import { siteWithChangeRequests } from '../../../app/builders/site-with-change-requests';
import { runPmoCaptured } from '../support/run-pmo-captured';

const fixture = resolve(__dirname, '..', '..', '..', 'fixtures', 'small-site.json');
const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const pmo = runPmoCaptured;

/** ALPHA-8 as Jira holds it by 15:00: moved by Dana to 2026-12-30 at 13:00, then by Erin to 2027-01-08 at 14:00. */
function siteAfterTheMoves() {
  const site = siteWithChangeRequests();
  const alpha8 = site.issues.find((issue) => issue.key === 'ALPHA-8');
  if (alpha8 === undefined) throw new Error('no ALPHA-8');
  const move = (id: string, created: string, who: { accountId: string; displayName: string }, from: string, to: string) => ({
    id,
    author: who,
    created,
    items: [{ field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from, fromString: from, to, toString: to }],
  });
  alpha8.fields.duedate = '2027-01-08';
  alpha8.changelog = {
    histories: [
      ...(alpha8.changelog?.histories ?? []),
      move('39001', '2026-11-20T13:00:00.000+0000', { accountId: 'dev', displayName: 'Dev Dana' }, '2026-12-20', '2026-12-30'),
      move('39002', '2026-11-20T14:00:00.000+0000', { accountId: 'exec', displayName: 'Erin Exec' }, '2026-12-30', '2027-01-08'),
    ],
  };
  return site;
}

/** The project lead approved ALPHA's plan at 12:00, approved ALPHA-13 at 13:30 and rejected ALPHA-14 at 14:30, kept in a data folder. */
describe('pmo changes', () => {
  let data: string;
  let siteFile: string;
  const changes = (...extra: string[]) => pmo(['changes', '--site', siteFile, '--data', data, '--now', '2026-11-20T15:00:00Z', ...extra]);

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'pmo-changes-'));
    jest.useFakeTimers({ now: at('12:00'), doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    const app = await createLocalApp({ site: siteWithChangeRequests(), dataDir: data, fakeOptions: { now: () => at('12:00') } });
    const call = async (functionKey: string, payload: unknown) => {
      const answer = (await app.invokeResolver({
        functionKey,
        payload,
        accountId: 'pm',
        moduleKey: 'raid-project-page',
        extension: { type: 'jira:projectPage', project: { key: 'ALPHA' } },
      })) as Envelope<ChangeControlDto>;
      if (!answer.ok) throw new Error(answer.error.message);
    };
    try {
      await call('approveBaseline', { projectKey: 'ALPHA', expectedVersion: 0 });
      jest.setSystemTime(at('13:30'));
      await call('decideChange', { changeKey: 'ALPHA-13', outcome: 'approved', expectedVersion: 0 });
      jest.setSystemTime(at('14:30'));
      await call('decideChange', { changeKey: 'ALPHA-14', outcome: 'rejected', expectedVersion: 0, reason: 'Tablet support is not funded this year' });
    } finally {
      await app.close();
      jest.useRealTimers();
    }
    siteFile = join(data, 'site.json');
    writeFileSync(siteFile, JSON.stringify(siteAfterTheMoves()));
  });
  afterAll(() => {
    rmSync(data, { recursive: true, force: true });
  });

  it('prints the baseline, the ledger, the pending change with its age, the one uncontrolled slip with its mover, and the decisions', async () => {
    const result = await changes('--project', 'ALPHA', '--as', 'exec');
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out.split('\n')).toEqual([
      'Change control of Alpha Mobile (ALPHA), as of 2026-11-20 15:00 UTC',
      '',
      'Approved baseline: v2, approved 2026-11-20 by pm',
      'Original baseline: v1, approved 2026-11-20 by pm',
      'Ledger: v1 -> ALPHA-13 (+10 days on ALPHA-8, +20,000 budget) -> v2',
      '',
      'Pending changes: 1',
      '  ALPHA-15    waiting  10 days (since 2026-11-10)  Move hypercare after the freeze',
      '',
      'Uncontrolled slips: 1',
      '  ALPHA-8     milestone approved 2026-12-30, now 2027-01-08, 9 days late; moved 2026-11-20 14:00 UTC by exec (2026-12-30 -> 2027-01-08)',
      '',
      'Decisions: 2',
      '  2026-11-20 14:30 UTC  ALPHA-14    rejected  by Paul PM: Tablet support is not funded this year',
      '  2026-11-20 13:30 UTC  ALPHA-13    approved  by Paul PM',
    ]);
  });

  it('prints the project page’s data with --json', async () => {
    const result = await changes('--project', 'ALPHA', '--as', 'pm', '--json');
    const control = JSON.parse(result.out) as ChangeControlDto;
    expect([control.baseline?.version, control.pending.map((p) => p.key), control.uncontrolled?.slips.map((s) => [s.itemKey, s.daysLate])]).toEqual([
      2,
      ['ALPHA-15'],
      [['ALPHA-8', 9]],
    ]);
  });

  it('says there is no baseline yet on a project none was approved for', async () => {
    const result = await pmo(['changes', '--site', fixture, '--project', 'BETA', '--now', '2026-11-20T15:00:00Z']);
    expect([result.code, result.out.split('\n')[2]]).toEqual([0, 'Approved baseline: none yet. Slips cannot be judged until a plan is approved.']);
  });

  it.each([
    ['a project the user may not browse', ['--project', 'GAMMA', '--as', 'restricted'], 1, 'There is no project GAMMA that you may browse.'],
    ['a project that does not exist, in the same words', ['--project', 'NOPE', '--as', 'restricted'], 1, 'There is no project NOPE that you may browse.'],
    ['no project', [], 2, '--project KEY'],
    ['a malformed project key', ['--project', 'no good'], 2, '--project KEY'],
  ])('refuses %s', async (_what, extra, code, message) => {
    const result = await pmo(['changes', '--site', fixture, '--now', '2026-11-20T15:00:00Z', ...extra]);
    expect([result.code, result.out]).toEqual([code, '']);
    expect(result.err).toContain(message);
  });
});
