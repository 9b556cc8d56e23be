import { parseArgs } from 'node:util';
import { loadCapacity } from '../../../src/app/capacity/load-capacity';
import { loadIntakeBoard } from '../../../src/app/intake/load-intake-board';
import { instantOf, utcDayOf } from '../../../src/domain/time';
import { capacityReadDepsOf } from '../../../src/resolvers/capacity-read-deps-of';
import { createResolverDeps } from '../../../src/resolvers/create-resolver-deps';
import { runInInvocation } from '../../forge-runtime/invocation-scope';
import { formatIntakeText } from '../format-intake-text';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions, UsageError } from '../parse-common-options';
import { refreshAllProjects } from '../refresh-all-projects';

/**
 * pmo intake: refreshes every project as the app, then prints, as the --as user may see them, the ranked proposals
 * of the intake projects (rank, key, stage, score with its breakdown, missing inputs, the decision) and the capacity
 * heat map (program x quarter, demand/capacity and colour). --program NAME keeps one program's proposals and row. With
 * --data DIR it reads the intake settings, decisions, scores and capacities kept there (e.g. by `npm start`).
 */
export async function intakeCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: { ...commonOptionSpec, program: { type: 'string' }, data: { type: 'string' } }, strict: true });
  const { program, data, ...common } = values;
  if (program?.trim() === '') throw new UsageError('pmo intake --program needs a program name, e.g. "Digital Channels".');
  const options = parseCommonOptions(common, env);
  const { app, accountId } = await openLocalApp(options, data ?? null);
  try {
    await refreshAllProjects(options.now);
    const today = utcDayOf(instantOf(options.now));
    // The getIntakeBoard and getCapacity resolvers' own deps, so the command reads exactly what the intake page shows.
    const [board, capacity] = await runInInvocation({ moduleKey: 'pmo-cli', accountId, timeoutMs: 25_000 }, async () => {
      const deps = createResolverDeps(() => options.now)({ accountId });
      return Promise.all([loadIntakeBoard(deps.intake), loadCapacity(capacityReadDepsOf(deps), today)]);
    });
    const wanted = program?.trim() ?? null;
    const shownBoard = wanted === null ? board : { ...board, proposals: board.proposals.filter((proposal) => proposal.program === wanted) };
    const shownCapacity =
      wanted === null ? capacity : { ...capacity, heatMap: { ...capacity.heatMap, rows: capacity.heatMap.rows.filter((row) => row.program === wanted) } };
    if (options.json) out(JSON.stringify({ intake: shownBoard, capacity: shownCapacity }, null, 2));
    else for (const line of formatIntakeText(shownBoard, shownCapacity, today)) out(line);
  } finally {
    await app.close();
  }
}
