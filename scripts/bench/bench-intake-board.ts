import { demoIntakeProject } from '../../local/demo/demo-intake-project';
import { demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import { createSimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import type { SiteFile } from '../../local/site/site-file-schema';
import { discoverFieldIds } from '../../src/adapters/jira/discover-field-ids';
import { parseIssueKey } from '../../src/domain/ids/parse-issue-key';
import { rankProposals, scoreProposal, weightedScoringModel, wsjfScoringModel, type ScoringInputs } from '../../src/domain/intake';
import { instantOf } from '../../src/domain/time';
import { z } from 'zod';
import { collectGarbage } from './collect-garbage';
import { startHeapSampler } from './start-heap-sampler';

/** What ranking a long intake list costs: the pure scoring and ranking, and the board read end to end. */
export interface IntakeBoardBench {
  readonly proposals: number;
  /** scoreProposal under WSJF then rankProposals, over every proposal (median of runs). */
  readonly wsjfRankCpuMs: number;
  /** The same under the built-in weighted model. */
  readonly weightedRankCpuMs: number;
  /** The demo site with `proposals` more proposals in its intake project: getIntakeBoard as the admin, after the first read. */
  readonly boardRanked: number;
  /** The proposals on the page answered (the board's first page of 100). */
  readonly boardProposals: number;
  readonly boardCpuMs: number;
  /** Jira requests the board made, by endpoint: the viewer's projects and permissions, never a search. */
  readonly boardRequests: Readonly<Record<string, number>>;
  readonly boardAnswerKiB: number;
  readonly peakHeapMiB: number;
}

const boardAnswerSchema = z.object({ ok: z.literal(true), data: z.object({ proposals: z.array(z.unknown()), page: z.object({ total: z.number() }) }) });
const fibonacci = [1, 2, 3, 5, 8, 13, 20] as const;
const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

function cpuMsOf(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

function median(runs: number, run: () => unknown): number {
  const timed = Array.from({ length: runs }, () => cpuMsOf(run)).sort((a, b) => a - b);
  return timed[Math.floor(timed.length / 2)] ?? 0;
}

/** The n-th synthetic proposal's WSJF parts; every 20th lacks a Job Size, so unscored proposals are ranked too. */
function partsOf(index: number) {
  const pick = (offset: number) => fibonacci[(index * 7 + offset) % fibonacci.length] ?? 1;
  return { businessValue: pick(0), timeCriticality: pick(3), riskReduction: pick(5), jobSize: index % 20 === 0 ? null : pick(1) };
}

/** The demo site with `count` more proposals in its intake project, each an Idea with WSJF fields, submitted a minute apart. */
function siteWithProposals(now: Date, count: number): SiteFile {
  const site = generateDemoSite({ now });
  const mapping = discoverFieldIds(site.fields);
  const sample = site.issues.find((issue) => issue.key.startsWith(`${demoIntakeProject.key}-`));
  if (sample === undefined) throw new Error('The demo site has no intake proposal to copy.');
  const firstNumber = Math.max(
    ...site.issues.filter((issue) => issue.key.startsWith(`${demoIntakeProject.key}-`)).map((issue) => Number(issue.key.split('-')[1])),
  );
  const firstId = Math.max(...site.issues.map((issue) => Number(issue.id))) + 1;
  const extra = Array.from({ length: count }, (_, index) => {
    const parts = partsOf(index);
    const created = new Date(now.getTime() - (count - index) * 60_000).toISOString().replace('Z', '+0000');
    const criteria: Record<string, number | null> = {};
    for (const role of ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const) {
      const id = mapping[role];
      if (id !== null) criteria[id] = parts[role];
    }
    return {
      ...sample,
      id: String(firstId + index),
      key: `${demoIntakeProject.key}-${String(firstNumber + index + 1)}`,
      fields: { ...sample.fields, ...criteria, summary: `Bench proposal ${String(index + 1)}`, created, updated: created },
      changelog: { histories: [] },
    };
  });
  return { ...site, issues: [...site.issues, ...extra] };
}

/**
 * Times intake's ranking over `count` proposals: the pure scoring and ranking under the WSJF and weighted models, then
 * the board end to end: the demo site with `count` more proposals in its intake project, read once by the refresh,
 * then getIntakeBoard as the admin (its first page: every proposal is scored and ranked, a page answered), counting its
 * CPU, its Jira requests (it reads stored items, so no search) and its answer's size.
 */
export async function benchIntakeBoard(count: number, now: Date, runs = 5): Promise<IntakeBoardBench> {
  const submitted = instantOf(now);
  const proposals = Array.from({ length: count }, (_, index) => {
    const key = parseIssueKey(`IN-${String(index + 1)}`);
    if (key === null) throw new Error('IN-n must parse as an issue key.');
    const parts = partsOf(index);
    const inputs: Record<string, { value: number; source: 'jira' }> = {};
    for (const [id, value] of Object.entries(parts)) if (value !== null) inputs[id] = { value, source: 'jira' };
    return { key, submittedAt: submitted, inputs: inputs satisfies ScoringInputs };
  });
  const rankUnder = (model: typeof wsjfScoringModel | typeof weightedScoringModel) => () =>
    rankProposals(proposals.map((proposal) => ({ ...proposal, scored: scoreProposal(model, proposal.inputs) })));
  collectGarbage();
  const sampler = startHeapSampler(10);
  const wsjfRankCpuMs = median(runs, rankUnder(wsjfScoringModel));
  const weightedRankCpuMs = median(runs, rankUnder(weightedScoringModel));

  const app = await createLocalApp({ site: siteWithProposals(now, count), dataDir: null, clock: createSimulatedClock(now) });
  try {
    await app.fireDailySnapshot();
    await app.queue.drain();
    const page = { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } };
    const accountId = demoUsers.admin.accountId;
    const settings = { projectKeys: [demoIntakeProject.key], issueTypes: ['Project Request', 'Proposal', 'Idea'], labels: ['intake'], modelId: 'wsjf' };
    await app.invokeResolver({ functionKey: 'saveIntakeSettings', payload: { settings }, accountId, ...page });
    collectGarbage();
    app.fake?.resetTraffic();
    const start = process.cpuUsage();
    const answer = await app.invokeResolver({ functionKey: 'getIntakeBoard', payload: {}, accountId, ...page });
    const spent = process.cpuUsage(start);
    const text = JSON.stringify(answer);
    const board = boardAnswerSchema.safeParse(answer);
    if (!board.success) throw new Error(`getIntakeBoard did not answer a board: ${text.slice(0, 300)}`);
    return {
      proposals: count,
      wsjfRankCpuMs,
      weightedRankCpuMs,
      boardRanked: board.data.data.page.total,
      boardProposals: board.data.data.proposals.length,
      boardCpuMs: (spent.user + spent.system) / 1000,
      boardRequests: app.fake?.traffic().byEndpoint ?? {},
      boardAnswerKiB: Math.round(Buffer.byteLength(text) / 1024),
      peakHeapMiB: mib(sampler.stop()),
    };
  } finally {
    sampler.stop();
    await app.close();
  }
}
