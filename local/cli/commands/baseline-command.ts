import { parseArgs } from 'node:util';
import type { BaselineDto } from '../../../src/contract/baseline-dto';
import { deleteBaselineUseCase } from '../../../src/app/baseline/delete-baseline-use-case';
import { listBaselinesUseCase } from '../../../src/app/baseline/list-baselines-use-case';
import { takeBaselineUseCase } from '../../../src/app/baseline/take-baseline-use-case';
import { createTemplateAdminDeps } from '../../../src/resolvers/create-template-admin-deps';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { findBaseline } from '../find-baseline';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions, UsageError } from '../parse-common-options';
import { refreshAllProjects } from '../refresh-all-projects';

const baselineOptionSpec = {
  ...commonOptionSpec,
  name: { type: 'string' },
  day: { type: 'string' },
  list: { type: 'boolean' },
  delete: { type: 'string' },
  data: { type: 'string' },
} as const;

function describe(baseline: BaselineDto): string {
  const standsFor = baseline.fromDay === null ? baseline.startsAt.replace('T', ' ').slice(0, 16) + ' UTC' : `end of ${baseline.fromDay}`;
  return `${baseline.id}  “${baseline.name}”  stands for ${standsFor}, ${String(baseline.visibleProjectCount)} projects, taken by ${baseline.takenBy.displayName}`;
}

/**
 * pmo baseline: takes a named baseline of every project's roll-up (refreshed as the app at --now first), or of an
 * earlier day's snapshots with --day; lists them with --list; deletes one with --delete NAME|ID. Taking and deleting
 * act as --as, who must be a Jira administrator, as on the admin page. Use --data DIR to keep baselines between
 * commands (and to share them with `npm start` and `pmo report --period baseline:NAME`).
 */
export async function baselineCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: baselineOptionSpec, strict: true });
  const actions = [values.name !== undefined, values.list === true, values.delete !== undefined].filter(Boolean).length;
  if (actions !== 1) throw new UsageError('pmo baseline needs exactly one of --name NAME (take one), --list, or --delete NAME|ID.');
  if (values.day !== undefined && values.name === undefined)
    throw new UsageError("--day goes with --name: it says which day's snapshots the new baseline keeps.");
  const options = parseCommonOptions(values, env);
  const { app, accountId } = await openLocalApp(options, values.data ?? null);
  try {
    if (values.name !== undefined && values.day === undefined) await refreshAllProjects(options.now);
    const result = await runInInvocation({ moduleKey: 'pmo-cli', accountId, timeoutMs: 25_000 }, async () => {
      const deps = createTemplateAdminDeps({ accountId }, () => options.now);
      if (values.name !== undefined) return { taken: await takeBaselineUseCase(deps, { name: values.name, day: values.day }) };
      const listed = await listBaselinesUseCase(deps);
      if (values.delete === undefined) return { listed: listed.baselines };
      const target = findBaseline(listed.baselines, values.delete);
      return { deleted: { ...(await deleteBaselineUseCase(deps, { id: target.id })), name: target.name } };
    });
    if (options.json) {
      out(JSON.stringify(result, null, 2));
      return;
    }
    if ('taken' in result) out(`Took ${describe(result.taken)}`);
    else if ('deleted' in result) out(`Deleted the baseline “${result.deleted.name}” (${result.deleted.id}).`);
    else if (result.listed.length === 0) out('No baselines yet.');
    else for (const baseline of result.listed) out(describe(baseline));
  } finally {
    await app.close();
  }
}
