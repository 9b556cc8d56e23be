import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { ScoringModelDto, ScoringModelListDto } from '../../src/contract/intake-scoring-model-dto';
import { valueEffortScoringModel } from '../../src/domain/intake/value-effort-scoring-model';
import { weightedScoringModel } from '../../src/domain/intake/weighted-scoring-model';

const site = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const now = new Date('2026-11-20T12:00:00.000Z');
const admin = { moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } };

const weighted = { ...weightedScoringModel, id: 'pmo-weighted', name: 'PMO weighted' };
const quickWins = { ...valueEffortScoringModel, id: 'quick-wins', name: 'Quick wins' };
const fileOf = (models: readonly unknown[]) => JSON.stringify({ format: 'pmo-governance-scoring-models', formatVersion: 1, models });

describe('importScoringModels through the real SDKs and the local runtime', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, ...admin })) as Envelope<T>;
  const ok = async <T>(answer: Promise<Envelope<T>>): Promise<T> => {
    const settled = await answer;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  };
  const modelKeys = () =>
    app.store
      .keys()
      .filter((key) => key.startsWith('scoring-model:'))
      .sort();
  const written = () =>
    app.store
      .keys()
      .filter((key) => /^(scoring-model|audit):/.test(key))
      .sort();

  beforeEach(async () => {
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
  });
  afterEach(async () => {
    await app.close();
  });

  it('writes every model of a good file as its first version, lists them, and audits each', async () => {
    const answer = await ok(call<{ imported: readonly ScoringModelDto[] }>('importScoringModels', 'admin', { json: fileOf([weighted, quickWins]) }));
    expect(answer.imported.map((dto) => [dto.model.id, dto.model.version, dto.builtIn, dto.savedBy])).toEqual([
      ['pmo-weighted', 1, false, 'admin'],
      ['quick-wins', 1, false, 'admin'],
    ]);
    expect(modelKeys()).toEqual(['scoring-model:pmo-weighted:v000001', 'scoring-model:quick-wins:v000001']);
    const list = await ok(call<ScoringModelListDto>('listScoringModels', 'admin', {}));
    expect(list.models.filter((dto) => !dto.builtIn).map((dto) => dto.model.name)).toEqual(['PMO weighted', 'Quick wins']);
    const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 10 }));
    expect(log.entries.map((entry) => entry.summary).sort()).toEqual([
      'Imported scoring model "PMO weighted" (version 1)',
      'Imported scoring model "Quick wins" (version 1)',
    ]);
  });

  it('writes a model already saved as its next version', async () => {
    await ok(call('saveScoringModel', 'admin', { model: weighted, expectedVersion: 0 }));
    const answer = await ok(
      call<{ imported: readonly ScoringModelDto[] }>('importScoringModels', 'admin', { json: fileOf([{ ...weighted, name: 'Renamed' }]) }),
    );
    expect(answer.imported.map((dto) => [dto.model.name, dto.model.version])).toEqual([['Renamed', 2]]);
  });

  const badWeight = { ...quickWins, kind: 'weighted', criteria: weighted.criteria.map((c, i) => (i === 0 ? { ...c, weight: -3 } : c)) };
  it.each([
    ['a negative weight in the second model', fileOf([weighted, badWeight]), 'models.1.criteria.0.weight'],
    [
      'a weight that is not a number',
      fileOf([{ ...weighted, criteria: weighted.criteria.map((c, i) => (i === 2 ? { ...c, weight: 'heavy' } : c)) }]),
      'models.0.criteria.2.weight',
    ],
    ['one id twice', fileOf([weighted, weighted]), 'models.1.id'],
    ['a built-in model', fileOf([quickWins, weightedScoringModel]), 'models.1.id'],
    ['a template export instead', JSON.stringify({ format: 'pmo-governance-templates', version: 1, templates: [] }), 'format'],
    ['text that is not JSON', '{"format": ', 'not JSON'],
  ])('refuses a file with %s, naming where, and writes nothing', async (_what, json, where) => {
    const before = written();
    const answer = await call('importScoringModels', 'admin', { json });
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(answer.ok ? '' : answer.error.message).toContain(where);
    expect(answer.ok ? '' : answer.error.message).toContain('Nothing was imported');
    expect(written()).toEqual(before);
  });

  it('refuses someone who is not a Jira administrator and writes nothing', async () => {
    const before = written();
    expect(await call('importScoringModels', 'pm', { json: fileOf([weighted]) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(written()).toEqual(before);
  });

  it("writes each of two imports at once whole: the model they share holds one file's version, never a mix", async () => {
    const answers = await Promise.all([
      call('importScoringModels', 'admin', { json: fileOf([weighted]) }),
      call('importScoringModels', 'admin', { json: fileOf([quickWins, { ...weighted, name: 'Other' }]) }),
    ]);
    expect(answers.map((answer) => answer.ok)).toEqual([true, true]);
    expect(modelKeys()).toEqual(['scoring-model:pmo-weighted:v000001', 'scoring-model:quick-wins:v000001']);
    const listed = await call<{ models: readonly { model: { id: string; name: string } }[] }>('listScoringModels', 'admin', {});
    const shared = listed.ok ? listed.data.models.find((dto) => dto.model.id === 'pmo-weighted')?.model.name : undefined;
    expect([weighted.name, 'Other']).toContain(shared);
  });
});
