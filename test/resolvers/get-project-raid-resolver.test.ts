import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { Envelope } from '../../src/contract/envelope';
import type { ProjectRaidDto } from '../../src/contract/raid-project-dto';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));

describe('getProjectRaid on the small hand-checked site (see test/fixtures/small-site.md)', () => {
  let app: LocalApp;
  const pageAs = (accountId: string, payload: unknown) =>
    app.invokeResolver({
      functionKey: 'getProjectRaid',
      payload,
      accountId,
      moduleKey: 'pmo-project-page',
      extension: { type: 'jira:projectPage' },
    }) as Promise<Envelope<ProjectRaidDto>>;
  const dataOf = async (accountId: string, projectKey: string): Promise<ProjectRaidDto> => {
    const answer = await pageAs(accountId, { projectKey });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it("groups ALPHA's violations of the default template by rule, the overdue milestone ALPHA-7 among them", async () => {
    const page = await dataOf('pm', 'ALPHA');
    const overdue = page.complianceViolations.find((v) => v.ruleId === 'milestone-on-time');
    expect(overdue).toMatchObject({ count: 1, message: 'Milestones are not overdue: Complete the milestone or re-plan its due date with the sponsor.' });
    const counts = page.complianceViolations.map((v) => v.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it("lists ALPHA's RAID log as counted by hand: risks by score, then the assumption", async () => {
    const page = await dataOf('pm', 'ALPHA');
    expect(page.items.map((item) => [item.key, item.kind, item.score])).toEqual([
      ['ALPHA-9', 'risk', 25],
      ['ALPHA-10', 'risk', 6],
      ['ALPHA-11', 'assumption', null],
    ]);
  });

  it("puts ALPHA's open risks in the 5x5 and 2x3 cells of the heat map, and nowhere else", async () => {
    const page = await dataOf('pm', 'ALPHA');
    expect(page.heatMap).toHaveLength(25);
    expect(page.heatMap.filter((cell) => cell.count > 0).map((cell) => [cell.probability, cell.impact, cell.count, cell.colour])).toEqual([
      [5, 5, 1, 'red'],
      [2, 3, 1, 'amber'],
    ]);
  });

  it('leaves a closed risk off the heat map but keeps it in the log (BETA-6, 1x1)', async () => {
    const page = await dataOf('pm', 'BETA');
    expect(page.items.map((item) => item.key)).toEqual(['BETA-6', 'BETA-8', 'BETA-7']);
    expect(page.heatMap.every((cell) => cell.count === 0)).toBe(true);
  });

  it('shows both directions of the late BETA-4 -> ALPHA-5 dependency', async () => {
    const alpha = await dataOf('pm', 'ALPHA');
    const beta = await dataOf('pm', 'BETA');
    expect(alpha.waitsOn.map((d) => [d.blocker.key, d.blocked?.key, d.late])).toEqual([['BETA-4', 'ALPHA-5', true]]);
    expect(beta.waitedOnBy.map((d) => [d.blocker.key, d.blocked?.key, d.late])).toEqual([['BETA-4', 'ALPHA-5', true]]);
  });

  it('puts late dependencies first in what BETA waits on, and hides GAMMA from the restricted user', async () => {
    const admin = await dataOf('admin', 'BETA');
    expect(admin.waitsOn.map((d) => [d.blocker.key, d.blocked?.key ?? null, d.late])).toEqual([
      ['BETA-7', null, false],
      ['GAMMA-2', 'BETA-3', false],
    ]);
    const restricted = await dataOf('restricted', 'BETA');
    expect(JSON.stringify(restricted)).not.toContain('GAMMA');
  });

  it("lists ALPHA's milestones by due date with the overdue one marked", async () => {
    const page = await dataOf('pm', 'ALPHA');
    expect(page.milestones.map((m) => [m.key, m.kind, m.overdue])).toEqual([
      ['ALPHA-6', 'milestone', false],
      ['ALPHA-7', 'milestone', true],
      ['ALPHA-8', 'milestone', false],
    ]);
  });

  it.each([
    ['a project the user may not browse', 'restricted', { projectKey: 'GAMMA' }, 'FORBIDDEN'],
    ['a project that does not exist', 'admin', { projectKey: 'NOPE' }, 'FORBIDDEN'],
    ['a malformed key', 'admin', { projectKey: 'no good' }, 'BAD_REQUEST'],
  ])('refuses %s', async (_what, accountId, payload, code) => {
    expect(await pageAs(accountId, payload)).toMatchObject({ ok: false, error: { code } });
  });
});
