/**
 * Hostile payloads to every resolver, as an admin and as the restricted user, through the app as Forge runs it: each
 * answers a typed error envelope or a valid answer, never throws, never writes when it refuses, and never pollutes
 * Object.prototype.
 */
import fc from 'fast-check';
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import { errorCodes } from '../../../src/contract/error-code';
import type { ResolverName } from '../../../src/contract/resolver-defs';
import { weightedScoringModel } from '../../../src/domain/intake/weighted-scoring-model';
import { defaultTemplate } from '../../../src/domain/template/default-template';
import { templateExportFormat } from '../../../src/domain/template/template-export-schema';
import { recordMetric } from '../support/record-metric';
import { hostilePayload } from './hostile-value';
import { jsonTextOf } from './json-text-of';
import { diffKvsSnapshots, readKvsSnapshot } from './read-kvs-snapshot';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = generateDemoSite({ now });
const projectKey = site.projects[0]?.key ?? 'NONE';
const issueKey = site.issues.find((issue) => issue.key.startsWith(`${projectKey}-`))?.key ?? 'NONE-1';
const RUNS = 25;

jest.setTimeout(120_000);

/** A valid payload of each resolver: the fuzz mutates these, so most cases get past the first check. */
const validPayloads: Record<ResolverName, Record<string, unknown>> = {
  listTemplates: {},
  getTemplate: { id: 'default' },
  saveTemplate: { template: { ...defaultTemplate, id: 'fuzzed', name: 'Fuzzed' }, expectedVersion: 0 },
  deleteTemplate: { id: 'prince2', expectedVersion: 1 },
  cloneTemplate: { id: 'scrum', newId: 'scrum-copy', name: 'Scrum copy' },
  assignTemplate: { projectKey, templateId: 'scrum' },
  importTemplates: {
    json: JSON.stringify({ format: templateExportFormat, version: 1, templates: [{ ...defaultTemplate, id: 'imported', name: 'Imported' }] }),
  },
  exportTemplates: { ids: ['default'] },
  previewTemplate: { template: defaultTemplate, projectKey },
  validateTemplate: { template: defaultTemplate },
  getAuditLog: { limit: 10 },
  getViewer: {},
  getPortfolio: {},
  requestRefresh: {},
  getIssueGovernance: { issueKey },
  getProjectRaid: { projectKey },
  getStatusReport: { scope: { kind: 'portfolio' }, period: '7d' },
  publishStatusReport: { scope: { kind: 'projects', keys: [projectKey] }, period: '7d' },
  listFrozenReports: {},
  getFrozenReport: { id: 'none' },
  listBaselines: {},
  takeBaseline: { name: 'Fuzzed baseline', day: '2026-11-01' },
  deleteBaseline: { id: '20260101T000000Z-0badc0de' },
  getRagOverrides: { projectKey },
  setRagOverride: { projectKey, target: 'cost', rag: 'amber', reason: 'A reason long enough to keep', expiresOn: '2026-12-01' },
  clearRagOverride: { projectKey, target: 'cost' },
  getPointsBudget: {},
  setPointsBudget: { setting: { tier: 'tier2', plan: 'standard', users: 100 } },
  estimateFullReread: {},
  requestFullReread: {},
  getChangeControl: { projectKey },
  approveBaseline: { projectKey, expectedVersion: 0 },
  decideChange: { changeKey: issueKey, outcome: 'rejected', reason: 'Not funded this quarter', expectedVersion: 0 },
  getCapacity: {},
  saveCapacity: {
    capacities: [{ program: 'Digital Channels', unit: 'story-points', byQuarter: { '2027-Q1': 40 } }],
    bands: { amberFrom: 0.75, redAbove: 1 },
    expectedVersion: 0,
  },
  whatIfCapacity: {
    proposals: [{ id: 'IN-1', program: 'Digital Channels', estimate: 20, runs: { kind: 'dates', start: '2027-03-01', end: '2027-04-30' } }],
    selectedIds: ['IN-1'],
  },
  getIntakeBoard: {},
  listScoringModels: {},
  saveScoringModel: { model: { ...weightedScoringModel, id: 'fuzzed-model', name: 'Fuzzed model' }, expectedVersion: 0 },
  importScoringModels: {
    json: JSON.stringify({
      format: 'pmo-governance-scoring-models',
      formatVersion: 1,
      models: [{ ...weightedScoringModel, id: 'fuzzed-import', name: 'Fuzzed import' }],
    }),
  },
  saveIntakeSettings: { settings: { projectKeys: [projectKey], issueTypes: ['Proposal', 'Idea'], labels: ['intake'], modelId: 'wsjf' } },
  scoreProposal: { proposalKey: issueKey, scores: [{ criterionId: 'jobSize', value: 3 }] },
  decideProposal: { proposalKey: issueKey, stage: 'rejected', reason: 'Not funded this quarter', expectedVersion: 0 },
  linkProposalDelivery: { proposalKey: issueKey, target: { kind: 'project', projectKey }, expectedVersion: 0 },
  unlinkProposalDelivery: { proposalKey: issueKey, expectedVersion: 0 },
};

const users = [
  ['an admin', demoUsers.admin.accountId],
  ['the restricted user', demoUsers.restricted.accountId],
] as const;
const cases = (Object.keys(validPayloads) as ResolverName[]).flatMap((name) => users.map(([who, accountId]) => [name, who, accountId] as const));

/** The start of a value's JSON, for messages; `undefined` has none. */
function jsonPreview(value: unknown, length: number): string {
  const text = jsonTextOf(value);
  return text === undefined ? 'undefined' : text.slice(0, length);
}

/** Why an answer breaks the contract, or null when it is a typed error envelope or a valid answer. */
function contractProblem(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return `not an envelope: ${jsonPreview(answer, 200)}`;
  if (answer.ok === true) return 'data' in answer ? null : 'ok without data';
  if (answer.ok !== false || !('error' in answer) || typeof answer.error !== 'object' || answer.error === null) return 'malformed error envelope';
  const { error } = answer;
  const code = 'code' in error ? error.code : undefined;
  if (typeof code !== 'string' || !(errorCodes as readonly string[]).includes(code)) return `unknown error code ${String(code)}`;
  // INTERNAL is what an unexpected exception becomes: bad input must be told apart before that.
  if (code === 'INTERNAL') return 'INTERNAL: an unexpected exception inside the resolver';
  return 'message' in error && typeof error.message === 'string' ? null : 'error without a message';
}

describe('hostile resolver payloads on the demo site', () => {
  let app: LocalApp;
  let total = 0;
  const failures: string[] = [];

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    // The refresh stored roll-ups, so a stray write has something to change and reads have something to show.
    expect(app.store.keys().length).toBeGreaterThan(site.projects.length);
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
    recordMetric('fuzz', 'resolver-payloads', { cases: total, failures: failures.length });
  });

  it.each(cases)('%s answers every hostile payload from %s with an envelope, writing nothing when it refuses', async (name, _who, accountId) => {
    await fc.assert(
      fc.asyncProperty(hostilePayload(validPayloads[name]), async (payload) => {
        total += 1;
        const before = await readKvsSnapshot(app.store);
        let answer: unknown;
        try {
          answer = await app.invokeResolver({ functionKey: name, payload, accountId, moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } });
        } catch (error) {
          answer = { thrown: error instanceof Error ? error.message : String(error) };
        }
        await app.queue.drain();
        const problems: string[] = [];
        const shape = contractProblem(answer);
        if (shape !== null) problems.push(shape);
        const refused = typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false;
        if (refused) {
          const changed = diffKvsSnapshots(before, await readKvsSnapshot(app.store));
          if (changed.length > 0) problems.push(`refused but wrote ${changed.slice(0, 5).join(', ')}`);
        }
        const probe: Record<string, unknown> = {};
        if (probe['polluted'] !== undefined || Object.keys(Object.prototype).length > 0) problems.push('Object.prototype was polluted');
        if (problems.length > 0) {
          failures.push(`${name}: ${problems.join('; ')}`);
          throw new Error(`${name} as ${accountId}: ${problems.join('; ')} (payload ${jsonPreview(payload, 300)})`);
        }
      }),
      { numRuns: RUNS, seed: 7, endOnFailure: true },
    );
  });
});
