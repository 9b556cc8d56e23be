/**
 * The surfaces agree with the stored score: for generated project data, template and viewer, the project page lists
 * exactly as many violations as the refresh's stored compliance counts (JQL rules included), and the issue panels of
 * the project's issues list exactly the page's violations of the rules a single issue can be judged by.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { LOCAL_CLOUD_ID } from '../../local/forge-runtime/install-forge-runtime';
import { RESOLVER_TIMEOUT_MS, runInInvocation } from '../../local/forge-runtime/invocation-scope';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { SiteFile } from '../../local/site/site-file-schema';
import type { Envelope } from '../../src/contract/envelope';
import type { PortfolioDto } from '../../src/contract/portfolio-dto';
import type { IssueGovernanceDto } from '../../src/contract/raid-governance-dto';
import type { ProjectRaidDto } from '../../src/contract/raid-project-dto';
import type { ComplianceRule } from '../../src/domain/compliance/compliance-rule';
import { defaultTemplate } from '../../src/domain/template/default-template';
import { createResolverDeps } from '../../src/resolvers/create-resolver-deps';
import { createResolverHandler } from '../../src/resolvers/create-resolver-handler';

const now = new Date('2026-11-20T12:00:00.000Z');
const baseSite = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const alphaIssues = baseSite.issues.filter((issue) => issue.key.startsWith('ALPHA-'));
const RUNS = 6;

jest.setTimeout(240_000);

/** The resolvers on the test's own clock: the deps factory is given it, no fake timers needed for the pages. */
const handler = createResolverHandler(createResolverDeps(() => now));
async function call<T>(functionKey: string, accountId: string, payload: unknown): Promise<T> {
  const answer = (await runInInvocation({ moduleKey: 'surfaces', accountId, timeoutMs: RESOLVER_TIMEOUT_MS }, () =>
    handler(
      {
        call: { functionKey, payload },
        context: { moduleKey: 'surfaces', cloudId: LOCAL_CLOUD_ID, extension: { type: 'jira:projectPage' }, localId: 'local-surfaces' },
      },
      { principal: { accountId }, installContext: `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`, license: { isActive: true } },
    ),
  )) as Envelope<T>;
  if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

const statuses = [
  { id: '10000', name: 'To Do', statusCategory: { key: 'new' } },
  { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
] as const;
const people = { pm: 'Paul PM', dev: 'Dana Dev' } as const;
const day = (offset: number): string => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** One ALPHA issue's generated state: what the default template's rules and the JQL pool below look at. */
const issueChange = fc.record({
  status: fc.constantFrom(...statuses),
  assignee: fc.constantFrom<keyof typeof people | null>('pm', 'dev', null),
  dueOffset: fc.option(fc.integer({ min: -40, max: 40 }), { nil: null }),
  updatedDaysAgo: fc.integer({ min: 0, max: 60 }),
  priority: fc.constantFrom('High', 'Medium'),
});

type IssueChange = typeof issueChange extends fc.Arbitrary<infer T> ? T : never;

const jqlPool = ['assignee is EMPTY', 'priority = High', 'duedate < "2026-11-10"', 'status = "In Progress"'] as const;
const extraRules = fc.record({
  review: fc.option(fc.record({ maxDays: fc.integer({ min: 1, max: 45 }), kinds: fc.subarray(['risk', 'assumption', 'issue', 'dependency'] as const) }), {
    nil: null,
  }),
  jql: fc.subarray([...jqlPool], { maxLength: 2 }),
});

type ExtraRules = typeof extraRules extends fc.Arbitrary<infer T> ? T : never;

function siteWith(changes: readonly IssueChange[]): SiteFile {
  const changed = new Map(alphaIssues.map((issue, index) => [issue.key, changes[index]]));
  return {
    ...baseSite,
    issues: baseSite.issues.map((issue) => {
      const change = changed.get(issue.key);
      if (change === undefined) return issue;
      const updated = `${new Date(now.getTime() - change.updatedDaysAgo * 86_400_000 - 3_600_000).toISOString().slice(0, 19)}.000+0000`;
      return {
        ...issue,
        fields: {
          ...issue.fields,
          status: change.status,
          assignee: change.assignee === null ? null : { accountId: change.assignee, displayName: people[change.assignee], active: true },
          duedate: change.dueOffset === null ? null : day(change.dueOffset),
          updated,
          priority: { id: change.priority === 'High' ? '2' : '3', name: change.priority },
          resolutiondate: null,
          resolution: null,
        },
      };
    }),
  };
}

function templateWith(extra: ExtraRules): typeof defaultTemplate {
  const base = { severity: 'major', fix: 'Fix it.' } as const;
  const rules: ComplianceRule[] = [
    ...defaultTemplate.rules,
    ...(extra.review === null
      ? []
      : [{ ...base, id: 'review-often', kind: 'raid-review', title: 'Reviewed often', maxDays: extra.review.maxDays, raidKinds: extra.review.kinds } as const]),
    ...extra.jql.map((jql, index) => ({ ...base, id: `jql-${String(index)}`, kind: 'jql', title: `JQL ${jql}`, jql }) as const),
  ];
  return { ...defaultTemplate, id: 'generated', name: 'Generated', rules };
}

/** Rules one issue can be judged by alone: the panel makes no JQL search and cannot stand for the project's counts. */
const judgedOnOneIssue = (rule: ComplianceRule): boolean => rule.kind !== 'jql' && rule.kind !== 'project-count' && rule.kind !== 'gate-criteria';

describe('every surface shows the violations the stored score counts', () => {
  let app: LocalApp | null = null;

  beforeEach(() => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
  });
  afterEach(async () => {
    await app?.close();
    app = null;
    jest.useRealTimers();
  });

  it('the project page and the issue panels agree with the stored score for generated data, template and viewer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(issueChange, { minLength: alphaIssues.length, maxLength: alphaIssues.length }),
        extraRules,
        fc.constantFrom('admin', 'pm', 'exec', 'restricted', 'dev'),
        async (changes, extra, viewer) => {
          await app?.close();
          app = await createLocalApp({ site: siteWith(changes), dataDir: null, fakeOptions: { now: () => now } });
          const template = templateWith(extra);
          await call('saveTemplate', 'admin', { template, expectedVersion: 0 });
          await call('assignTemplate', 'admin', { projectKey: 'ALPHA', templateId: template.id, program: null });
          await app.fireDailySnapshot();
          await app.queue.drain();
          expect(app.queue.failures).toEqual([]);

          const portfolio = await call<PortfolioDto>('getPortfolio', viewer, {});
          const stored = portfolio.programs.flatMap((program) => program.projects).find((row) => row.rollup.project.key === 'ALPHA')?.rollup.compliance;
          if (stored === undefined) throw new Error('ALPHA has no stored roll-up');
          const page = await call<ProjectRaidDto>('getProjectRaid', viewer, { projectKey: 'ALPHA' });
          const pageCount = page.complianceViolations.reduce((sum, rule) => sum + rule.count, 0);
          expect(pageCount).toBe(stored.checked - stored.passed);

          const ruleById = new Map(template.rules.map((rule) => [rule.id, rule]));
          const itemRuleCount = page.complianceViolations
            .filter((v) => {
              const rule = ruleById.get(v.ruleId);
              return rule !== undefined && judgedOnOneIssue(rule);
            })
            .reduce((sum, v) => sum + v.count, 0);
          let panelCount = 0;
          for (const issue of alphaIssues)
            panelCount += (await call<IssueGovernanceDto>('getIssueGovernance', viewer, { issueKey: issue.key })).complianceViolations.length;
          expect(panelCount).toBe(itemRuleCount);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
