import { createSnapshotStore } from '../../../src/adapters/kvs/create-snapshot-store';
import { loadReadingStatus } from '../../../src/adapters/kvs/load-reading-status';
import { pendingChangeStore } from '../../../src/adapters/kvs/pending-change-store';
import { asUser } from '@forge/api';
import { parseArgs } from 'node:util';
import { createViewerDirectory } from '../../../src/adapters/jira/create-viewer-directory';
import { createJiraClient } from '../../../src/adapters/jira/jira-client';
import { createShownRollupStore } from '../../../src/resolvers/create-shown-rollup-store';
import { loadPortfolioIntake } from '../../../src/app/intake/load-portfolio-intake';
import { loadPortfolio } from '../../../src/app/load-portfolio';
import { createResolverDeps } from '../../../src/resolvers/create-resolver-deps';
import { instantOf, utcDayOf } from '../../../src/domain/time';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { formatPortfolioText } from '../format-portfolio-text';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions } from '../parse-common-options';
import { refreshAllProjects } from '../refresh-all-projects';

/** pmo rollup: refreshes every project as the app, then prints the portfolio as the --as user may see it. */
export async function rollupCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: commonOptionSpec, strict: true });
  const options = parseCommonOptions(values, env);
  const { app, accountId } = await openLocalApp(options);
  await refreshAllProjects(options.now);
  const portfolio = await runInInvocation({ moduleKey: 'pmo-cli', accountId, timeoutMs: 25_000 }, () =>
    loadPortfolio(
      {
        viewer: createViewerDirectory(createJiraClient(asUser())),
        rollups: createShownRollupStore(() => options.now),
        snapshots: createSnapshotStore(),
        pendingChanges: pendingChangeStore,
        refreshRequestedAt: () => Promise.resolve(null),
        readingStatus: loadReadingStatus,
        // Intake's stored links, through the resolvers' own intake deps; no Jira request beyond the projects asked above.
        intake: (visible) => loadPortfolioIntake(createResolverDeps(() => options.now)({ accountId }).intake, visible),
      },
      utcDayOf(instantOf(options.now)),
    ),
  );
  await app.close();
  if (options.json) out(JSON.stringify(portfolio, null, 2));
  else for (const line of formatPortfolioText(portfolio)) out(line);
}
