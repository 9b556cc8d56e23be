import { asUser } from '@forge/api';
import { parseArgs } from 'node:util';
import { createReportJira } from '../../../src/adapters/jira/create-report-jira';
import { createViewerDirectory } from '../../../src/adapters/jira/create-viewer-directory';
import { createJiraClient } from '../../../src/adapters/jira/jira-client';
import { createApprovedBaselineStore } from '../../../src/adapters/kvs/create-approved-baseline-store';
import { createBaselineStore } from '../../../src/adapters/kvs/create-baseline-store';
import { createChangeDecisionStore } from '../../../src/adapters/kvs/create-change-decision-store';
import { createSnapshotStore } from '../../../src/adapters/kvs/create-snapshot-store';
import { createTemplateStore } from '../../../src/adapters/kvs/create-template-store';
import { createWorkItemStore } from '../../../src/adapters/kvs/create-work-item-store';
import { templateForProject } from '../../../src/app/templates/template-for-project';
import { createResolverDeps } from '../../../src/resolvers/create-resolver-deps';
import { createShownRollupStore } from '../../../src/resolvers/create-shown-rollup-store';
import { reportIntakePortsOf } from '../../../src/resolvers/report-intake-ports-of';
import { loadStatusReport } from '../../../src/app/load-status-report';
import type { ReportPeriodRequest } from '../../../src/domain/report/report-period-request';
import { renderReportHtml } from '../../../src/domain/report/render-report-html';
import { renderReportJson } from '../../../src/domain/report/render-report-json';
import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions, UsageError } from '../parse-common-options';
import { findBaseline } from '../find-baseline';
import { parseReportPeriod } from '../parse-report-period';
import { parseReportScope } from '../parse-report-scope';
import { refreshAllProjects } from '../refresh-all-projects';

const formats = ['md', 'html', 'json'] as const;

/**
 * pmo report: refreshes every project as the app, then prints the executive status report as the --as user may see
 * it, in Markdown, self-contained HTML or JSON: the same content the Confluence macro shows. With --data DIR it uses
 * the local app's storage, where `--period baseline:NAME` finds the baselines taken with `pmo baseline`.
 */
export async function reportCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: { ...commonOptionSpec, scope: { type: 'string' }, period: { type: 'string' }, format: { type: 'string' }, data: { type: 'string' } },
    strict: true,
  });
  const scope = parseReportScope(values.scope);
  const period = parseReportPeriod(values.period);
  const format = values.format ?? (values.json === true ? 'json' : 'md');
  if (!formats.some((f) => f === format)) throw new UsageError(`--format must be md, html or json, not '${format}'.`);
  const options = parseCommonOptions(values, env);
  const { app, accountId } = await openLocalApp(options, values.data ?? null);
  try {
    await refreshAllProjects(options.now);
    const report = await runInInvocation({ moduleKey: 'pmo-cli', accountId, timeoutMs: 25_000 }, async () => {
      const client = createJiraClient(asUser());
      const baselines = createBaselineStore();
      const templates = createTemplateStore();
      const request: ReportPeriodRequest =
        period.kind === 'last-days' ? period : { kind: 'since-baseline', baselineId: findBaseline(await baselines.list(), period.nameOrId).id };
      return loadStatusReport(
        {
          viewer: createViewerDirectory(client),
          rollups: createShownRollupStore(() => options.now),
          workItems: createWorkItemStore(),
          snapshots: createSnapshotStore(),
          jira: createReportJira(client),
          baselines,
          changeControl: {
            baselines: createApprovedBaselineStore(),
            decisions: createChangeDecisionStore(),
            templateFor: (projectKey) => templateForProject(templates, projectKey),
          },
          // The intake section reads the intake board's and capacity tab's stores, as getStatusReport does.
          intake: reportIntakePortsOf(createResolverDeps(() => options.now)({ accountId })),
        },
        { scope, period: request },
        options.now,
      );
    });
    out(format === 'html' ? renderReportHtml(report) : format === 'json' ? renderReportJson(report) : renderReportMarkdown(report));
  } finally {
    await app.close();
  }
}
