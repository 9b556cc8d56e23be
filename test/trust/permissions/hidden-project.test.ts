/**
 * The hidden project, seen by the restricted user through every output the product has besides the resolvers: the
 * portfolio and report totals (sums over visible projects only), and every pmo command in every format, whose text
 * shows no trace of it. Asking for it by key answers exactly as for a key that does not exist.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runPmo } from '../../../local/cli/main';
import { demoHiddenProjectKey, demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { writeSiteFile } from '../../../local/demo/write-site-file';
import type { PortfolioDto } from '../../../src/contract/portfolio-dto';
import type { StatusReportDto } from '../../../src/contract/report-dto';
import type { StatusCounts } from '../../../src/domain/progress/status-counts';
import type { ProjectRaidDto } from '../../../src/contract/raid-project-dto';
import { renderReportAdf } from '../../../src/domain/report/render-report-adf';
import { renderReportHtml } from '../../../src/domain/report/render-report-html';
import { renderReportJson } from '../../../src/domain/report/render-report-json';
import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown';
import { buildPortfolioCsv } from '../../../static/app/src/portfolio/build-portfolio-csv';
import { toPortfolioRows } from '../../../static/app/src/portfolio/to-portfolio-rows';
import { buildRaidCsv } from '../../../static/app/src/raid/build-raid-csv';
import { findHiddenTraces, hiddenProjectMarkers } from '../support/find-hidden-traces';
import { openRefreshedDemoApp, type RefreshedDemoApp } from '../support/open-refreshed-demo-app';
import { recordMetric } from '../support/record-metric';
import type { ResolverCall } from '../support/resolver-calls';

const now = new Date('2026-11-20T12:00:00.000Z');
const hidden = demoHiddenProjectKey;
const absent = 'ZZQ';
const restricted = demoUsers.restricted.accountId;
const site = generateDemoSite({ now });
const markers = hiddenProjectMarkers(site, hidden);
const siteFile = join(mkdtempSync(join(tmpdir(), 'pmo-trust-hidden-')), 'site.json');
const visibleKeys = site.projects.map((p) => p.key).filter((key) => key !== hidden);
const programs = [...new Set(site.projects.flatMap((p) => (p.projectCategory ? [p.projectCategory.name] : [])))];

jest.setTimeout(120_000);

let demo: RefreshedDemoApp;
let cases = 0;
let passed = 0;

async function counted(run: () => Promise<void>): Promise<void> {
  cases += 1;
  await run();
  passed += 1;
}

const portfolioCall: ResolverCall = { functionKey: 'getPortfolio', payload: {}, moduleKey: 'pmo-portfolio', extension: {}, label: 'portfolio' };
const reportCall = (scope: unknown): ResolverCall => ({
  functionKey: 'getStatusReport',
  payload: { scope, period: '30d' },
  moduleKey: 'executive-status-report',
  extension: { type: 'macro' },
  label: 'report',
});

async function dataOf<T>(call: ResolverCall, accountId: string): Promise<T> {
  const answer = await demo.invoke(call, accountId);
  if (!answer.ok) throw new Error(`${call.functionKey}: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

const sumCounts = (counts: readonly StatusCounts[]): StatusCounts =>
  counts.reduce(
    (sum, c) => ({ total: sum.total + c.total, new: sum.new + c.new, indeterminate: sum.indeterminate + c.indeterminate, done: sum.done + c.done }),
    { total: 0, new: 0, indeterminate: 0, done: 0 },
  );

async function pmo(argv: readonly string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runPmo(
    argv,
    {},
    (line) => lines.push(line),
    (line) => lines.push(line),
  );
  return { code, text: lines.join('\n') };
}

beforeAll(async () => {
  writeSiteFile(siteFile, site);
  jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
  demo = await openRefreshedDemoApp(now);
});

afterAll(async () => {
  recordMetric('permissions', 'hidden-project-outputs', { cases, failures: cases - passed });
  await demo.app.close();
  jest.useRealTimers();
  rmSync(dirname(siteFile), { recursive: true, force: true });
});

describe('totals the restricted user sees', () => {
  it('finds the hidden project in what the admin sees, so its absence below means something', async () => {
    await counted(async () => {
      const portfolio = await dataOf<PortfolioDto>(portfolioCall, demoUsers.admin.accountId);
      expect(findHiddenTraces(JSON.stringify(portfolio), markers)).toContain(hidden);
    });
  });

  it('sums the portfolio over visible projects only, at every level', async () => {
    await counted(async () => {
      const mine = await dataOf<PortfolioDto>(portfolioCall, restricted);
      const everyone = await dataOf<PortfolioDto>(portfolioCall, demoUsers.admin.accountId);
      const rows = mine.programs.flatMap((p) => p.projects);
      expect(rows.map((r) => r.rollup.project.key).sort()).toEqual([...visibleKeys].sort());
      expect([...mine.totals.projectKeys].sort()).toEqual([...visibleKeys].sort());
      expect(mine.totals.counts).toEqual(sumCounts(rows.map((r) => r.rollup.counts)));
      for (const program of mine.programs) expect(program.aggregate.counts).toEqual(sumCounts(program.projects.map((r) => r.rollup.counts)));
      const hiddenRow = everyone.programs.flatMap((p) => p.projects).find((r) => r.rollup.project.key === hidden);
      expect(mine.totals.counts.total).toBe(everyone.totals.counts.total - (hiddenRow?.rollup.counts.total ?? Number.NaN));
    });
  });

  // The intake project INT is in no program, so a report on the programs leaves it out.
  const inPrograms = visibleKeys.filter((key) => site.projects.some((p) => p.key === key && p.projectCategory !== undefined));
  it.each<[string, unknown, readonly string[]]>([
    ['the whole portfolio', { kind: 'portfolio' }, visibleKeys],
    ['the programs', { kind: 'programs', names: programs }, inPrograms],
    ['every visible project', { kind: 'projects', keys: visibleKeys }, visibleKeys],
  ])('reports on %s over visible projects only', async (_name, scope, expected) => {
    await counted(async () => {
      const { report } = await dataOf<StatusReportDto>(reportCall(scope), restricted);
      expect(report.projects.map((p) => p.key).sort()).toEqual([...expected].sort());
      expect(report.headline.summary).toMatch(new RegExp(`^${String(expected.length)} projects`));
      expect(findHiddenTraces(JSON.stringify(report), markers)).toEqual([]);
    });
  });
});

describe('the files the restricted user can download', () => {
  it('builds a portfolio CSV with a line per visible project and none for the hidden one', async () => {
    await counted(async () => {
      const csv = buildPortfolioCsv(toPortfolioRows(await dataOf<PortfolioDto>(portfolioCall, restricted)));
      expect(csv.trimEnd().split('\r\n')).toHaveLength(visibleKeys.length + 1);
      expect(findHiddenTraces(csv, markers)).toEqual([]);
    });
  });

  it.each(visibleKeys)('builds the RAID CSV of %s with no item of the hidden project', async (projectKey) => {
    await counted(async () => {
      const raid = await dataOf<ProjectRaidDto>(
        { functionKey: 'getProjectRaid', payload: { projectKey }, moduleKey: 'raid-project-page', extension: {}, label: projectKey },
        restricted,
      );
      expect(findHiddenTraces(buildRaidCsv(raid.items), markers)).toEqual([]);
    });
  });

  it.each<[string, unknown]>([
    ['the whole portfolio', { kind: 'portfolio' }],
    ['each program', { kind: 'programs', names: programs }],
  ])('renders the report on %s as Markdown, HTML, JSON and ADF with no trace of the hidden project', async (_name, scope) => {
    await counted(async () => {
      const { report, sections } = await dataOf<StatusReportDto>(reportCall(scope), restricted);
      for (const rendered of [
        renderReportMarkdown(report, sections),
        renderReportHtml(report, sections),
        renderReportJson(report, sections),
        JSON.stringify(renderReportAdf(report, sections)),
      ]) {
        expect(findHiddenTraces(rendered, markers)).toEqual([]);
      }
    });
  });
});

const cliCases = (): [string, string[]][] => {
  const common = ['--site', siteFile, '--as', restricted, '--now', now.toISOString()];
  const scopes = ['portfolio', ...programs.map((name) => `program:${name}`), `project:${visibleKeys.join(',')}`];
  return [
    ['viewer', ['viewer', ...common]],
    ['viewer --json', ['viewer', ...common, '--json']],
    ['rollup', ['rollup', ...common]],
    ['rollup --json', ['rollup', ...common, '--json']],
    ...visibleKeys.map((key): [string, string[]] => [`raid ${key} --json`, ['raid', ...common, '--project', key, '--json']]),
    ...visibleKeys.flatMap((key): [string, string[]][] => [
      [`changes ${key}`, ['changes', ...common, '--project', key]],
      [`changes ${key} --json`, ['changes', ...common, '--project', key, '--json']],
    ]),
    ['intake', ['intake', ...common]],
    ['intake --json', ['intake', ...common, '--json']],
    ...programs.map((name): [string, string[]] => [`intake --program ${name} --json`, ['intake', ...common, '--program', name, '--json']]),
    ...scopes.flatMap((scope) =>
      ['md', 'html', 'json'].map((format): [string, string[]] => [
        `report ${scope} ${format}`,
        ['report', ...common, '--scope', scope, '--period', '30d', '--format', format],
      ]),
    ),
  ];
};

describe('every pmo command as the restricted user', () => {
  it.each(cliCases())('prints no trace of the hidden project: pmo %s', async (_name, argv) => {
    await counted(async () => {
      const { code, text } = await pmo(argv);
      expect(code).toBe(0);
      expect(text.length).toBeGreaterThan(0);
      expect(findHiddenTraces(text, markers)).toEqual([]);
    });
  });

  it.each<[string, (key: string) => string[]]>([
    ['raid', (key) => ['raid', '--site', siteFile, '--as', restricted, '--now', now.toISOString(), '--project', key]],
    ['raid --json', (key) => ['raid', '--site', siteFile, '--as', restricted, '--now', now.toISOString(), '--project', key, '--json']],
    ['changes', (key) => ['changes', '--site', siteFile, '--as', restricted, '--now', now.toISOString(), '--project', key]],
    ['changes --json', (key) => ['changes', '--site', siteFile, '--as', restricted, '--now', now.toISOString(), '--project', key, '--json']],
  ])('answers pmo %s for the hidden project exactly as for one that does not exist', async (_name, argvFor) => {
    await counted(async () => {
      const forHidden = await pmo(argvFor(hidden));
      const forAbsent = await pmo(argvFor(absent));
      expect(forHidden.code).toBe(forAbsent.code);
      expect(forHidden.text.replaceAll(hidden, '<KEY>')).toBe(forAbsent.text.replaceAll(absent, '<KEY>'));
    });
  });

  it('refuses pmo check --as, which reads as the app over every project', async () => {
    await counted(async () => {
      const { code, text } = await pmo(['check', '--site', siteFile, '--as', restricted, '--now', now.toISOString()]);
      expect(code).toBe(2);
      expect(findHiddenTraces(text, markers)).toEqual([]);
    });
  });
});
