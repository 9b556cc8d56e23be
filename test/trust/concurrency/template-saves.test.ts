/**
 * Two administrators save the same template version at the same moment, round after round: exactly one wins, the
 * other gets CONFLICT, the stored template is the winner's, and the audit log records the winner's change only.
 */
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { AuditLogDto } from '../../../src/contract/audit-log-dto';
import type { Envelope } from '../../../src/contract/envelope';
import type { TemplateDto } from '../../../src/contract/template-dto';
import type { TemplateListDto } from '../../../src/contract/template-list-dto';
import { defaultTemplate } from '../../../src/domain/template/default-template';

const now = new Date('2026-11-20T12:00:00.000Z');
const ROUNDS = 20;
const templateId = 'contested';

jest.setTimeout(60_000);

/** The demo site with the programme manager made a second Jira administrator. */
function siteWithTwoAdmins() {
  const site = generateDemoSite({ now });
  const pm = site.users.find((user) => user.accountId === demoUsers.pm.accountId);
  if (pm === undefined) throw new Error('the demo site has the programme manager');
  pm.groups = [...pm.groups, 'jira-administrators'];
  return site;
}

describe('two administrators saving the same template version at once', () => {
  let app: LocalApp;
  const admins = [demoUsers.admin, demoUsers.pm] as const;
  const call = async <T>(functionKey: string, payload: unknown, accountId: string): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } })) as Envelope<T>;
  const auditOfTemplate = async () => {
    const answer = await call<AuditLogDto>('getAuditLog', { limit: 500 }, demoUsers.admin.accountId);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data.entries.filter((entry) => entry.target === templateId);
  };

  beforeAll(async () => {
    app = await createLocalApp({ site: siteWithTwoAdmins(), dataDir: null, fakeOptions: { now: () => now } });
    const first = await call<TemplateDto>(
      'saveTemplate',
      { template: { ...defaultTemplate, id: templateId, name: 'Contested' }, expectedVersion: 0 },
      demoUsers.admin.accountId,
    );
    expect(first).toMatchObject({ ok: true, data: { template: { version: 1 } } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets both administrators save when nobody else is saving', async () => {
    const lists = await Promise.all(admins.map((a) => call<TemplateListDto>('listTemplates', {}, a.accountId)));
    expect(lists.map((list) => list.ok && list.data.canEdit)).toEqual([true, true]);
  });

  it.each(Array.from({ length: ROUNDS }, (_, round) => [round + 1]))('round %i: one save wins, the other gets CONFLICT, nothing is lost', async (round) => {
    const expectedVersion = round;
    const auditBefore = await auditOfTemplate();
    // Alternate who starts first, so neither administrator always wins by going first.
    const order = round % 2 === 0 ? admins : ([admins[1], admins[0]] as const);
    const answers = await Promise.all(
      order.map((admin) =>
        call<TemplateDto>(
          'saveTemplate',
          { template: { ...defaultTemplate, id: templateId, name: `${admin.displayName} round ${String(round)}` }, expectedVersion },
          admin.accountId,
        ),
      ),
    );
    const winners = answers.flatMap((answer, index) => (answer.ok ? [order[index]] : []));
    const losers = answers.flatMap((answer) => (answer.ok ? [] : [answer.error]));
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const winner = winners[0];
    if (winner === undefined) return;

    const stored = await call<TemplateDto>('getTemplate', { id: templateId }, demoUsers.admin.accountId);
    expect(stored).toMatchObject({
      ok: true,
      data: { savedBy: winner.accountId, template: { version: expectedVersion + 1, name: `${winner.displayName} round ${String(round)}` } },
    });

    const auditAfter = await auditOfTemplate();
    expect(auditAfter).toHaveLength(auditBefore.length + 1);
    const newest = auditAfter.find((entry) => !auditBefore.some((before) => before.id === entry.id));
    expect(newest).toMatchObject({
      by: winner.accountId,
      action: 'template.update',
      after: { name: `${winner.displayName} round ${String(round)}`, version: expectedVersion + 1 },
    });
  });
});
