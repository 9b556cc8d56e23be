import { parseArgs } from 'node:util';
import { loadChangeControl } from '../../../src/app/change-control/load-change-control';
import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';
import { createResolverDeps } from '../../../src/resolvers/create-resolver-deps';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { formatChangesText } from '../format-changes-text';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions, UsageError } from '../parse-common-options';

/**
 * pmo changes: one project's change control as the --as user may see it: the approved baseline and its ledger, the
 * pending changes with their age, every uncontrolled slip with its dates and who moved it, and the decisions. With
 * --data DIR it reads the baselines and decisions kept there (e.g. by `npm start`).
 */
export async function changesCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: { ...commonOptionSpec, project: { type: 'string' }, data: { type: 'string' } }, strict: true });
  const { project, data, ...common } = values;
  const projectKey = project === undefined ? null : parseProjectKey(project);
  if (projectKey === null) throw new UsageError('pmo changes needs --project KEY, a Jira project key such as CORE.');
  const options = parseCommonOptions(common, env);
  const { app, accountId } = await openLocalApp(options, data ?? null);
  try {
    // The getChangeControl resolver's own deps, so the command reads exactly what the project page shows.
    const control = await runInInvocation({ moduleKey: 'pmo-cli', accountId, timeoutMs: 25_000 }, () =>
      loadChangeControl(createResolverDeps(() => options.now)({ accountId }).changeControl, projectKey),
    );
    if (options.json) out(JSON.stringify(control, null, 2));
    else for (const line of formatChangesText(control)) out(line);
  } finally {
    await app.close();
  }
}
