import { asApp } from '@forge/api';
import { parseArgs } from 'node:util';
import { createJqlMatcher } from '../../../src/adapters/jira/create-jql-matcher';
import { createPortfolioJira } from '../../../src/adapters/jira/create-portfolio-jira';
import { createJiraClient } from '../../../src/adapters/jira/jira-client';
import { createRefreshCheckpoints } from '../../../src/adapters/kvs/create-refresh-checkpoints';
import { createRollupStore } from '../../../src/adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../../../src/adapters/kvs/create-snapshot-store';
import { createTemplateStore } from '../../../src/adapters/kvs/create-template-store';
import { createWorkItemStore } from '../../../src/adapters/kvs/create-work-item-store';
import { createAssignmentSource } from '../../../src/app/templates/create-assignment-source';
import { findJqlMatches } from '../../../src/app/templates/find-jql-matches';
import { listPortfolioProjects } from '../../../src/app/list-portfolio-projects';
import { refreshProject } from '../../../src/app/refresh-project';
import { evaluateIssue } from '../../../src/domain/compliance/evaluate-issue';
import { evaluateProject } from '../../../src/domain/compliance/evaluate-project';
import { createLocalApp } from '../../forge-runtime/create-local-app';
import { cliFakeOptions } from '../open-local-app';
import { changeControlRefreshDeps } from '../../../src/triggers/change-control-refresh-deps';
import { intakeRefreshDeps } from '../../../src/triggers/intake-refresh-deps';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { formatComplianceText } from '../format-compliance-text';
import { commonOptionSpec, parseCommonOptions, UsageError } from '../parse-common-options';

const checkOptionSpec = { ...commonOptionSpec, project: { type: 'string' }, issue: { type: 'string' }, data: { type: 'string' } } as const;

/**
 * pmo check: refreshes the projects as the app (one project with --project, or the issue's with --issue), evaluates
 * each project's template (its assigned one, or the default) over the items just read, and prints the score and every
 * violation with its fix. With --data DIR it uses the local app's storage (e.g. `.data` of `npm start`), so templates
 * and assignments made on the admin page apply.
 */
export async function checkCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: checkOptionSpec, strict: true });
  const options = parseCommonOptions(values, env);
  if (values.now === undefined) throw new UsageError('pmo check needs --now ISO, so its result depends only on the data.');
  // The check reads as the app and covers every project; accepting --as would suggest a view filtered for that user.
  if (values.as !== undefined) throw new UsageError('pmo check acts as the app over every project; it takes no --as.');
  const issueKey = values.issue?.toUpperCase() ?? null;
  const projectKey = values.project?.toUpperCase() ?? (issueKey === null ? null : (issueKey.split('-')[0] ?? null));
  const dataDir = values.data ?? null;
  const now = options.now;
  const app =
    options.source.kind === 'site'
      ? await createLocalApp({ site: options.source.site, dataDir, fakeOptions: cliFakeOptions(now) })
      : await createLocalApp({ realJira: options.source.config, dataDir });

  const results = await runInInvocation({ moduleKey: 'pmo-cli', accountId: null, timeoutMs: 900_000 }, async () => {
    const jira = createPortfolioJira(createJiraClient(asApp()));
    const stores = {
      rollups: createRollupStore(),
      workItems: createWorkItemStore(),
      checkpoints: createRefreshCheckpoints(),
      snapshots: createSnapshotStore(),
    };
    const governanceFor = createAssignmentSource(createTemplateStore());
    const matchIds = createJqlMatcher(createJiraClient(asApp()));
    const changeControl = changeControlRefreshDeps(createJiraClient(asApp()), () => now);
    const intake = intakeRefreshDeps(createJiraClient(asApp()), () => now);
    const mapping = await jira.discoverFieldMapping();
    const projects = (await listPortfolioProjects(jira)).filter((p) => projectKey === null || p.key === projectKey);
    if (projects.length === 0) throw new UsageError(projectKey === null ? 'The site has no projects.' : `No project ${projectKey} on the site.`);
    const found = [];
    for (const project of projects) {
      await refreshProject({ jira, ...stores, now: () => now, keepGoing: () => true, ...changeControl, ...intake }, { project, mode: 'full', mapping });
      const issues = (await stores.workItems.loadProjectIssues(project.key)) ?? [];
      const items = issues.map((issue) => issue.item);
      const { template } = await governanceFor(project.key);
      if (issueKey === null) {
        const jql = await findJqlMatches(matchIds, project.key, template, issues);
        const records = await changeControl.changeControlFor(project.key);
        found.push({ subject: project.key, template, report: evaluateProject(template, items, now.toISOString(), jql, records) });
        continue;
      }
      const item = items.find((i) => i.key === issueKey);
      if (item === undefined) throw new UsageError(`No issue ${issueKey} in project ${project.key}.`);
      found.push({
        subject: issueKey,
        template,
        report: evaluateIssue(
          template,
          item,
          items.filter((i) => i !== item),
          now.toISOString(),
        ),
      });
    }
    return found;
  });
  await app.close();
  if (options.json) {
    out(
      JSON.stringify(
        results.map((r) => ({ subject: r.subject, template: { id: r.template.id, name: r.template.name, version: r.template.version }, report: r.report })),
        null,
        2,
      ),
    );
    return;
  }
  for (const r of results) for (const line of formatComplianceText(r.subject, r.template.name, r.report)) out(line);
}
