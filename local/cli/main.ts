/**
 * pmo: the app's results for scripts and cron, computed by the same code the Forge app runs.
 *   pmo rollup --site FILE|--jira URL [--as ACCOUNT] [--now ISO] [--json]
 *   pmo viewer --site FILE|--jira URL [--as ACCOUNT] [--now ISO] [--json]
 *   pmo raid --site FILE|--jira URL --project KEY [--as ACCOUNT] [--now ISO] [--json]
 *   pmo report --site FILE|--jira URL [--scope portfolio|program:NAME|project:KEY[,..]] [--period 7d|14d|30d|baseline:NAME] [--as ACCOUNT] [--now ISO] [--format md|html|json] [--data DIR]
 *   pmo baseline --site FILE|--jira URL --name NAME [--day yyyy-mm-dd] | --list | --delete NAME|ID [--as ADMIN] [--now ISO] [--data DIR] [--json]
 *   pmo export --jira URL --out FILE
 *   pmo check --site FILE|--jira URL [--project KEY] [--issue KEY] --now ISO [--json] [--data DIR]
 */
import { baselineCommand } from './commands/baseline-command';
import { checkCommand } from './commands/check-command';
import { exportCommand } from './commands/export-command';
import { raidCommand } from './commands/raid-command';
import { reportCommand } from './commands/report-command';
import { rollupCommand } from './commands/rollup-command';
import { viewerCommand } from './commands/viewer-command';
import { UsageError } from './parse-common-options';

type Command = (args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void) => Promise<void>;

const commands: Record<string, Command> = { rollup: rollupCommand, viewer: viewerCommand, export: exportCommand, raid: raidCommand, report: reportCommand, check: checkCommand, baseline: baselineCommand };

const usage = `Usage: pmo <command> [options]
Commands:
  rollup   refresh every project and print the portfolio roll-up the --as user may see
  viewer   who the app acts as and the projects they may browse
  check    violations and compliance scores: pmo check --site FILE|--jira URL [--project KEY] [--issue KEY] --now ISO [--json] [--data DIR]
  raid     one project's RAID log, heat map, dependencies and milestones: pmo raid --site FILE|--jira URL --project KEY [--now ISO] [--json]
  report   the executive status report the --as user may see: pmo report --site FILE|--jira URL --scope portfolio|program:NAME|project:KEY[,..] --period 7d|14d|30d|baseline:NAME [--now ISO] --format md|html|json [--data DIR]
  baseline take, list or delete named baselines: pmo baseline --site FILE|--jira URL --name NAME [--day yyyy-mm-dd] | --list | --delete NAME|ID [--as ADMIN] [--now ISO] [--data DIR]
  export   write a real site (what the token can see) into a site file: pmo export --jira URL --out FILE
Common options: --site FILE | --jira URL (with JIRA_EMAIL, JIRA_API_TOKEN), --as ACCOUNT_ID, --now ISO, --json`;

/** Runs one pmo command; answers the process exit code (0 ok, 1 failure, 2 usage). */
export async function runPmo(argv: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    err(usage);
    return 2;
  }
  try {
    await command(args, env, out);
    return 0;
  } catch (error) {
    // node:util parseArgs reports bad options with ERR_PARSE_ARGS_* codes.
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const usageProblem = error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS');
    err(error instanceof Error ? error.message : String(error));
    return usageProblem ? 2 : 1;
  }
}

if (require.main === module || process.argv[1]?.endsWith('pmo.js')) {
  void runPmo(process.argv.slice(2), process.env, (line) => { console.log(line); }, (line) => { console.error(line); }).then((code) => {
    process.exitCode = code;
  });
}
