import { asUser } from '@forge/api';
import { parseArgs } from 'node:util';
import { createReportJira } from '../../../src/adapters/jira/create-report-jira';
import { createViewerDirectory } from '../../../src/adapters/jira/create-viewer-directory';
import { createJiraClient } from '../../../src/adapters/jira/jira-client';
import { createGovernanceStore } from '../../../src/adapters/kvs/create-governance-store';
import { loadStatusReport } from '../../../src/app/load-status-report';
import { renderReportHtml } from '../../../src/domain/report/render-report-html';
import { renderReportJson } from '../../../src/domain/report/render-report-json';
import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions, UsageError } from '../parse-common-options';
import { parseReportScope } from '../parse-report-scope';
import { refreshAllProjects } from '../refresh-all-projects';

const periods = { '7d': 7, '14d': 14, '30d': 30 } as const;
const formats = ['md', 'html', 'json'] as const;

function isPeriod(raw: string): raw is keyof typeof periods {
  return raw in periods;
}

/**
 * pmo report: refreshes every project as the app, then prints the executive status report as the --as user may see
 * it, in Markdown, self-contained HTML or JSON: the same content the Confluence macro shows.
 */
export async function reportCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: { ...commonOptionSpec, scope: { type: 'string' }, period: { type: 'string' }, format: { type: 'string' } },
    strict: true,
  });
  const scope = parseReportScope(values.scope);
  const period = values.period ?? '14d';
  if (!isPeriod(period)) throw new UsageError(`--period must be 7d, 14d or 30d, not '${period}'.`);
  const format = values.format ?? (values.json === true ? 'json' : 'md');
  if (!formats.some((f) => f === format)) throw new UsageError(`--format must be md, html or json, not '${format}'.`);
  const options = parseCommonOptions(values, env);
  const { app, accountId } = await openLocalApp(options);
  await refreshAllProjects(options.now);
  const report = await runInInvocation({ moduleKey: 'pmo-cli', accountId, timeoutMs: 25_000 }, () => {
    const client = createJiraClient(asUser());
    return loadStatusReport({ viewer: createViewerDirectory(client), store: createGovernanceStore(), jira: createReportJira(client) }, { scope, periodDays: periods[period] }, options.now);
  });
  await app.close();
  out(format === 'html' ? renderReportHtml(report) : format === 'json' ? renderReportJson(report) : renderReportMarkdown(report));
}
