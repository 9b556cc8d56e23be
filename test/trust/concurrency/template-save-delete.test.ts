/**
 * One administrator saves a template while another deletes the same version of it, at the same moment: exactly one
 * of them wins, and the other is told CONFLICT, so no one is told their change stuck when it did not.
 */
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { AuditLogDto } from '../../../src/contract/audit-log-dto';
import type { Envelope } from '../../../src/contract/envelope';
import type { TemplateDto } from '../../../src/contract/template-dto';
import { defaultTemplate } from '../../../src/domain/template/default-template';

const now = new Date('2026-11-20T12:00:00.000Z');
const ROUNDS = 10;

jest.setTimeout(60_000);

describe('a save and a delete of the same template version at once', () => {
  let app: LocalApp;
  const admin = demoUsers.admin.accountId;
  const call = async <T>(functionKey: string, payload: unknown): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId: admin, moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } })) as Envelope<T>;

  beforeAll(async () => {
    app = await createLocalApp({ site: generateDemoSite({ now }), dataDir: null, fakeOptions: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(Array.from({ length: ROUNDS }, (_, round) => [round + 1]))("round %i: exactly one wins, and the stored state is the winner's", async (round) => {
    const id = `raced-${String(round)}`;
    const created = await call<TemplateDto>('saveTemplate', { template: { ...defaultTemplate, id, name: 'Raced' }, expectedVersion: 0 });
    expect(created.ok).toBe(true);
    const save = call<TemplateDto>('saveTemplate', { template: { ...defaultTemplate, id, name: 'Raced, edited' }, expectedVersion: 1 });
    const remove = call<{ id: string }>('deleteTemplate', { id, expectedVersion: 1 });
    const [saved, deleted] = round % 2 === 0 ? await Promise.all([save, remove]) : (await Promise.all([remove, save])).reverse();
    expect([saved?.ok, deleted?.ok].filter(Boolean)).toHaveLength(1);
    const loser = saved?.ok === true ? deleted : saved;
    expect(loser).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const stored = await call<TemplateDto>('getTemplate', { id });
    if (saved?.ok === true) expect(stored).toMatchObject({ ok: true, data: { template: { name: 'Raced, edited', version: 2 } } });
    else expect(stored).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The audit log records the creation and the winner's change, and nothing of the loser's.
    const audit = await call<AuditLogDto>('getAuditLog', { limit: 500 });
    const actions = audit.ok ? audit.data.entries.filter((entry) => entry.target === id).map((entry) => entry.action) : [];
    expect(actions).toEqual([saved?.ok === true ? 'template.update' : 'template.delete', 'template.create']);
  });
});
