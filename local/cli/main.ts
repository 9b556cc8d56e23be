/**
 * pmo: the app's results for scripts and cron, computed by the same code the Forge app runs.
 *   pmo demo --out FILE [--scale N] [--seed N] [--now ISO]
 *   pmo rollup --site FILE|--jira URL [--as ACCOUNT] [--now ISO] [--json]
 *   pmo viewer --site FILE|--jira URL [--as ACCOUNT] [--now ISO] [--json]
 *   pmo raid --site FILE|--jira URL --project KEY [--as ACCOUNT] [--now ISO] [--json]
 *   pmo changes --site FILE|--jira URL --project KEY [--as ACCOUNT] [--now ISO] [--json] [--data DIR]
 *   pmo intake --site FILE|--jira URL [--program NAME] [--as ACCOUNT] [--now ISO] [--json] [--data DIR]
 *   pmo check --site FILE|--jira URL [--project KEY] [--issue KEY] --now ISO [--json] [--data DIR]
 *   pmo report --site FILE|--jira URL [--scope portfolio|program:NAME|project:KEY[,..]] [--period 7d|14d|30d|baseline:NAME] [--as ACCOUNT] [--now ISO] [--format md|html|json] [--data DIR]
 *   pmo baseline --site FILE|--jira URL --name NAME [--day yyyy-mm-dd] | --list | --delete NAME|ID [--as ADMIN] [--now ISO] [--data DIR] [--json]
 *   pmo export --jira URL --out FILE
 *   pmo help [COMMAND], pmo --help, pmo COMMAND --help
 *
 * bin/pmo.js (what `npx pmo` and an installed `pmo` run) calls runPmo itself: npm's bin link is named `pmo`, so the
 * entry module cannot tell from process.argv how it was started. Running this file directly (`npm run pmo`,
 * `tsx local/cli/main.ts`) is the one case `require.main` settles.
 */
import { baselineCommand } from './commands/baseline-command';
import { changesCommand } from './commands/changes-command';
import { checkCommand } from './commands/check-command';
import { demoCommand } from './commands/demo-command';
import { exportCommand } from './commands/export-command';
import { intakeCommand } from './commands/intake-command';
import { raidCommand } from './commands/raid-command';
import { reportCommand } from './commands/report-command';
import { rollupCommand } from './commands/rollup-command';
import { viewerCommand } from './commands/viewer-command';
import { UsageError } from './parse-common-options';

type Command = (args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void) => Promise<void>;

interface CommandEntry {
  readonly run: Command;
  /** The options, as on the command's usage line. */
  readonly synopsis: string;
  readonly summary: string;
  /** The command's own options, for its --help. */
  readonly options?: string;
}

const source = '--site FILE|--jira URL';

const commands: Readonly<Record<string, CommandEntry>> = {
  demo: {
    run: demoCommand,
    synopsis: '--out FILE [--scale N] [--seed N] [--now ISO]',
    summary: 'write the demo site that `npm start` runs on into a site file, to try every command without a Jira site',
    options: `Options:
  --out FILE      where to write the site file (folders are created)
  --scale N       exactly N issues, a whole number from 1 to 100000 (default: 8 named projects at their own sizes)
  --seed N        the seed of the random choices, 0 to 4294967295 (default 1): the same options give the same site
  --now ISO       the instant the site's dates are placed around (default: the current time)`,
  },
  rollup: {
    run: rollupCommand,
    synopsis: `${source} [--as ACCOUNT] [--now ISO] [--json]`,
    summary: 'refresh every project and print the portfolio roll-up the --as user may see, with the reason under every red or amber colour',
  },
  viewer: { run: viewerCommand, synopsis: `${source} [--as ACCOUNT] [--now ISO] [--json]`, summary: 'who the app acts as and the projects they may browse' },
  raid: {
    run: raidCommand,
    synopsis: `${source} --project KEY [--as ACCOUNT] [--now ISO] [--json]`,
    summary: "one project's RAID log, heat map, dependencies and milestones",
  },
  changes: {
    run: changesCommand,
    synopsis: `${source} --project KEY [--as ACCOUNT] [--now ISO] [--json] [--data DIR]`,
    summary: "one project's change control: approved baseline and ledger, pending changes, uncontrolled slips with who moved them, decisions",
  },
  intake: {
    run: intakeCommand,
    synopsis: `${source} [--program NAME] [--as ACCOUNT] [--now ISO] [--json] [--data DIR]`,
    summary: 'the ranked intake proposals with score breakdowns and missing inputs, and the capacity heat map per program and quarter',
  },
  check: {
    run: checkCommand,
    synopsis: `${source} [--project KEY] [--issue KEY] --now ISO [--json] [--data DIR]`,
    summary: "compliance scores and every violation with its fix, under each project's template",
  },
  report: {
    run: reportCommand,
    synopsis: `${source} [--scope portfolio|program:NAME|project:KEY[,..]] [--period 7d|14d|30d|baseline:NAME] [--as ACCOUNT] [--now ISO] [--format md|html|json] [--data DIR]`,
    summary: 'the executive status report the --as user may see',
  },
  baseline: {
    run: baselineCommand,
    synopsis: `${source} --name NAME [--day yyyy-mm-dd] | --list | --delete NAME|ID [--as ADMIN] [--now ISO] [--data DIR] [--json]`,
    summary: 'take, list or delete named baselines',
  },
  export: {
    run: exportCommand,
    synopsis: '--jira URL --out FILE',
    summary: 'write what the token can see of a real site into a site file',
    options: `Options:
  --jira URL      the Jira site, e.g. https://your-site.atlassian.net, with JIRA_EMAIL and JIRA_API_TOKEN in the environment
  --out FILE      where to write the site file (docs/site-file.md)`,
  },
};

const commonOptions = `Common options:
  --site FILE     a site file (docs/site-file.md), e.g. one written by pmo demo or pmo export
  --jira URL      a real Jira site, read-only, with JIRA_EMAIL and JIRA_API_TOKEN in the environment
  --as ACCOUNT    the account id to act as (default: the site file's first Jira administrator; with --jira, the token's owner)
  --now ISO       the instant to compute at (default: the current time)
  --json          print JSON instead of text
  --data DIR      keep storage (templates, baselines) in DIR, e.g. .data of npm start (check, report, baseline, changes, intake)`;

const usage = [
  'Usage: pmo <command> [options]',
  '',
  'Commands:',
  ...Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(9)}${entry.summary}\n  ${' '.repeat(9)}pmo ${name} ${entry.synopsis}`),
  '',
  commonOptions,
  '',
  'Start without a Jira site: pmo demo --out demo.json && pmo rollup --site demo.json',
  'Each command takes --help. Exit codes: 0 done, 1 failed, 2 wrong usage.',
].join('\n');

function commandUsage(name: string, entry: CommandEntry): string {
  return `Usage: pmo ${name} ${entry.synopsis}\n\n${entry.summary}.\n\n${entry.options ?? commonOptions}`;
}

const helpFlags = new Set(['--help', '-h']);

// Own keys only: a name such as 'constructor' must not find Object.prototype's.
const findCommand = (name: string | undefined): CommandEntry | undefined => (name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined);

/**
 * Runs one pmo command; answers the process exit code: 0 done, 1 failed, 2 wrong usage (with the message, then the
 * usage, on err). Help asked for (`--help`, `-h`, `help [COMMAND]`, `COMMAND --help`) goes to out with exit 0.
 * @example
 * const code = await runPmo(['rollup', '--site', 'demo.json', '--json'], process.env, console.log, console.error); // 0
 */
export async function runPmo(argv: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    err(usage);
    return 2;
  }
  if (helpFlags.has(name) || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    const entry = findCommand(topic);
    if (topic !== undefined && entry === undefined) {
      err(`pmo: no command '${topic}'.\n\n${usage}`);
      return 2;
    }
    out(topic === undefined || entry === undefined ? usage : commandUsage(topic, entry));
    return 0;
  }
  const entry = findCommand(name);
  if (entry === undefined) {
    err(`pmo: unknown command '${name}'.\n\n${usage}`);
    return 2;
  }
  if (args.some((arg) => helpFlags.has(arg))) {
    out(commandUsage(name, entry));
    return 0;
  }
  try {
    await entry.run(args, env, out);
    return 0;
  } catch (error) {
    // node:util parseArgs reports bad options with ERR_PARSE_ARGS_* codes.
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const usageProblem = error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS');
    // Read the message structurally: an Error from another realm (a jest test's vm context) fails instanceof Error.
    const message = typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : String(error);
    err(usageProblem ? `pmo ${name}: ${message}\n\nUsage: pmo ${name} ${entry.synopsis}\nRun 'pmo ${name} --help' for details.` : `pmo ${name}: ${message}`);
    return usageProblem ? 2 : 1;
  }
}

if (require.main === module) {
  void runPmo(
    process.argv.slice(2),
    process.env,
    (line) => {
      console.log(line);
    },
    (line) => {
      console.error(line);
    },
  ).then((code) => {
    process.exitCode = code;
  });
}
