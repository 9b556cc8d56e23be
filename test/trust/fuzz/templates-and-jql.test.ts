/**
 * Template imports and JQL rules under random input, through the app as Forge runs it: an import is either taken
 * whole or refused with BAD_REQUEST naming where the problem is, writing nothing; a JQL rule Jira refuses is refused
 * before it is saved, and a saved one never breaks evaluation.
 */
import fc from 'fast-check';
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { Envelope } from '../../../src/contract/envelope';
import { defaultTemplate } from '../../../src/domain/template/default-template';
import { recordMetric } from '../support/record-metric';
import { hostileValue } from './hostile-value';
import { jsonTextOf } from './json-text-of';
import { diffKvsSnapshots, readKvsSnapshot } from './read-kvs-snapshot';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = generateDemoSite({ now });
const projectKey = site.projects[0]?.key ?? 'NONE';
const admin = demoUsers.admin.accountId;

jest.setTimeout(120_000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, the root included. */
function pathsOf(value: Json, at: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  const own = [at];
  if (Array.isArray(value)) return [...own, ...value.flatMap((child, index) => pathsOf(child, [...at, index]))];
  if (value !== null && typeof value === 'object') return [...own, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...at, key]))];
  return own;
}

/** A copy of `value` with the thing at `path` replaced by `replacement`, or removed when it is undefined. */
function mutateAt(value: Json, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return copy;
    const next: Json | undefined = Array.isArray(parent) ? parent[Number(step)] : parent[String(step)];
    if (next === undefined) return copy;
    parent = next;
  }
  const last = path.at(-1);
  if (last === undefined || parent === null || typeof parent !== 'object') return copy;
  if (Array.isArray(parent)) {
    if (replacement === undefined) parent.splice(Number(last), 1);
    else parent[Number(last)] = replacement as Json;
  } else if (replacement === undefined) {
    Reflect.deleteProperty(parent, String(last));
  } else {
    parent[String(last)] = replacement as Json;
  }
  return copy;
}

/** Words and symbols JQL is made of, to build queries that get past a first glance. */
const jqlTokens = [
  'project',
  '=',
  '!=',
  projectKey,
  'AND',
  'OR',
  'NOT',
  'status',
  'Done',
  '"In Progress"',
  '(',
  ')',
  '"',
  'ORDER BY',
  'key',
  'in',
  'colour',
  'issuetype',
  'Risk',
  'startOfDay()',
  'currentUser()',
  'nosuchfunction()',
  '-7d',
  'updated',
  '>=',
  'EMPTY',
  'is',
  'not',
  '~',
  ',',
  'cf[10001]',
  'labels',
  '<img src=x onerror=alert(1)>',
];
/** Clauses the demo site answers, so that some random queries are valid and get saved and evaluated. */
const jqlClauses = [
  'status = Done',
  `project = ${projectKey}`,
  'labels is EMPTY',
  'updated >= -7d',
  'issuetype = Risk',
  'status != "In Progress"',
  'duedate < startOfDay()',
  'assignee is not EMPTY',
  'summary ~ "<script>"',
];
const validJql = fc
  .tuple(fc.array(fc.constantFrom(...jqlClauses), { minLength: 1, maxLength: 4 }), fc.constantFrom(' AND ', ' OR '))
  .map(([clauses, join]) => clauses.join(join));
const jqlText = fc.oneof(
  validJql,
  validJql,
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom(...jqlTokens), { minLength: 1, maxLength: 8 }).map((tokens) => tokens.join(' ')),
);

describe('template imports and JQL rules under random input', () => {
  let app: LocalApp;
  let exported: Json = null;
  const stats = { cases: 0, failures: 0 };
  const call = async (functionKey: string, payload: unknown): Promise<Envelope<unknown>> =>
    (await app.invokeResolver({
      functionKey,
      payload,
      accountId: admin,
      moduleKey: 'governance-admin',
      extension: { type: 'jira:adminPage' },
    })) as Envelope<unknown>;
  /** Counts the case, and a failure when `check` throws. */
  const counted = async (check: () => Promise<void>): Promise<void> => {
    stats.cases += 1;
    try {
      await check();
    } catch (error) {
      stats.failures += 1;
      throw error;
    }
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const saved = await call('saveTemplate', { template: { ...defaultTemplate, id: 'custom-a', name: 'Custom A' }, expectedVersion: 0 });
    expect(saved.ok).toBe(true);
    const answer = await call('exportTemplates', { ids: ['custom-a'] });
    if (!answer.ok) throw new Error(answer.error.message);
    exported = JSON.parse((answer.data as { json: string }).json) as Json;
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
    recordMetric('fuzz', 'templates-and-jql', stats);
  });

  it('answers random and mutated export files with an import or a BAD_REQUEST naming the path, writing nothing when refused', async () => {
    const mutated = fc.tuple(fc.nat(), fc.option(hostileValue, { nil: undefined })).map(([pick, replacement]) => {
      const paths = pathsOf(exported);
      const path = paths[pick % paths.length] ?? [];
      return jsonTextOf(mutateAt(exported, path, replacement)) ?? 'undefined';
    });
    const file = fc.oneof(
      mutated,
      mutated,
      mutated,
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(file, async (json) => {
        await counted(async () => {
          const before = await readKvsSnapshot(app.store);
          const answer = await call('importTemplates', { json });
          if (answer.ok) return;
          expect(answer.error.code).toBe('BAD_REQUEST');
          let isJson = true;
          try {
            JSON.parse(json);
          } catch {
            isJson = false;
          }
          // A file that parses is refused with the place of its first problem: "templates.0.rules.2.kind: ...".
          expect(answer.error.message).toMatch(isJson ? /(\(top level\)|[A-Za-z]+(\.[\w-]+)*): / : /not JSON/);
          expect(diffKvsSnapshots(before, await readKvsSnapshot(app.store))).toEqual([]);
        });
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('refuses before saving every JQL rule Jira refuses, and evaluates every saved one without failing', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(jqlText, async (jql) => {
        await counted(async () => {
          round += 1;
          const id = `jql-fuzz-${String(round)}`;
          const rule = { id: 'by-jql', kind: 'jql', title: 'By JQL', severity: 'minor', fix: 'Fix it.', jql };
          const fake = app.fake;
          if (fake === null) throw new Error('the local app has no Jira fake');
          const jira = await fake.handle({
            method: 'POST',
            path: '/rest/api/3/search/jql',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ jql, maxResults: 1, fields: ['id'] }),
            accountId: admin,
          });
          const answer = await call('saveTemplate', {
            template: { ...defaultTemplate, id, name: id, rules: [...defaultTemplate.rules, rule] },
            expectedVersion: 0,
          });
          if (!answer.ok) {
            expect(answer.error.code).toBe('BAD_REQUEST');
            expect(answer.error.message).toMatch(new RegExp(`rules\\.${String(defaultTemplate.rules.length)}\\.jql`));
            expect(await call('getTemplate', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
            return;
          }
          // Saved: Jira must have taken the query, and evaluating it over a project must work.
          expect(jira.status).toBe(200);
          const preview = await call('previewTemplate', {
            template: { ...defaultTemplate, id, name: id, rules: [...defaultTemplate.rules, rule] },
            projectKey,
          });
          expect(preview.ok).toBe(true);
        });
      }),
      { numRuns: 60, seed: 13 },
    );
  });
});
