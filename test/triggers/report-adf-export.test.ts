import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { runInInvocation } from '../../local/forge-runtime/invocation-scope';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { AdfNode } from '../../src/domain/report/adf-node';
import { reportAdfExport, scopeOfMacroConfig } from '../../src/triggers/report-adf-export';
import { adfValidator } from '../support/adf-validator';

const now = new Date('2026-11-20T12:00:00.000Z');

function texts(node: AdfNode): string[] {
  return [...(node.text === undefined ? [] : [node.text]), ...(node.content ?? []).flatMap(texts)];
}

describe('reportAdfExport (Confluence PDF/Word export, run as the app)', () => {
  let app: LocalApp;
  const exportWith = (event: unknown) =>
    runInInvocation({ moduleKey: 'executive-status-report', accountId: null, timeoutMs: 25_000 }, () => reportAdfExport(event));

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site: loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')), dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('answers a document of tables, heading first, with the portfolio-level figures', async () => {
    const doc = await exportWith({ extensionPayload: { config: { scope: 'portfolio', programs: [], projects: [], period: '14d', sections: ['headline'] } } });
    expect(doc.content.map((n) => n.type)).toEqual(['heading', 'paragraph', 'table', 'table']);
    expect(texts({ type: 'doc', content: doc.content })).toEqual(expect.arrayContaining(['Projects', '3', 'Status report: Whole portfolio']));
    const validate = adfValidator();
    expect([validate(doc), validate.errors ?? null]).toEqual([true, null]);
  });

  it.each([
    ['whole portfolio', { scope: 'portfolio' }, '3'],
    ['program Digital', { scope: 'programs', programs: ['Digital'] }, '2'],
    ['project GAMMA', { scope: 'projects', projects: ['GAMMA'] }, '1'],
  ])('names no project or issue for the %s, only how many projects it sums', async (_name, config, projectCount) => {
    const all = texts({ type: 'doc', content: (await exportWith({ extensionPayload: { config } })).content });
    expect(all.filter((t) => /ALPHA|BETA|GAMMA-\d|Alpha|Beta Platform|Gamma/.test(t) && !t.startsWith('Status report:'))).toEqual([]);
    expect(all[all.indexOf('Projects') + 1]).toBe(projectCount);
  });

  it('sums change control without naming a project, or says it is not computed yet, never zero', async () => {
    const all = texts({ type: 'doc', content: (await exportWith({ extensionPayload: { config: { scope: 'portfolio' } } })).content });
    expect(['0 change requests pending, 0 uncontrolled slips, 0 of 3 projects with an approved baseline', 'not computed yet']).toContain(
      all[all.indexOf('Change control') + 1],
    );
  });

  it.each([
    ['no config', undefined, { kind: 'portfolio' }],
    ['a program scope without names', { scope: 'programs', programs: [] }, { kind: 'portfolio' }],
    ['projects', { scope: 'projects', projects: ['ALPHA'] }, { kind: 'projects', keys: ['ALPHA'] }],
    ['a config of an unknown shape', 'garbage', { kind: 'portfolio' }],
  ])('reads the scope from %s', (_name, config, expected) => {
    expect(scopeOfMacroConfig(config)).toEqual(expected);
  });
});
