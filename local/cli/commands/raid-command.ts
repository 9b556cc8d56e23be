import { asUser } from '@forge/api';
import { parseArgs } from 'node:util';
import { createRaidJira } from '../../../src/adapters/jira/create-raid-jira';
import { createJiraClient } from '../../../src/adapters/jira/jira-client';
import { createFieldMappingStore } from '../../../src/adapters/kvs/create-field-mapping-store';
import { createShownRollupStore } from '../../../src/resolvers/create-shown-rollup-store';
import { loadProjectRaid } from '../../../src/app/load-project-raid';
import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { formatRaidText } from '../format-raid-text';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions, UsageError } from '../parse-common-options';

/** pmo raid: one project's RAID log, heat map, dependencies and milestones, as the --as user may see them. */
export async function raidCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: { ...commonOptionSpec, project: { type: 'string' } }, strict: true });
  const { project, ...common } = values;
  const projectKey = project === undefined ? null : parseProjectKey(project);
  if (projectKey === null) throw new UsageError('pmo raid needs --project KEY, a Jira project key such as CORE.');
  const options = parseCommonOptions(common, env);
  const { app, accountId } = await openLocalApp(options);
  try {
    const raid = await runInInvocation({ moduleKey: 'pmo-cli', accountId, timeoutMs: 25_000 }, () =>
      loadProjectRaid(
        { jira: createRaidJira(createJiraClient(asUser())), rollups: createShownRollupStore(() => options.now), fieldMappings: createFieldMappingStore() },
        projectKey,
        options.now.toISOString(),
      ),
    );
    if (raid === null) throw new Error(`Project ${projectKey} does not exist or ${accountId} may not browse it.`);
    if (options.json) out(JSON.stringify(raid, null, 2));
    else for (const line of formatRaidText(raid)) out(line);
  } finally {
    await app.close();
  }
}
