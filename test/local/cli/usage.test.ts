import { runPmoCaptured } from './support/run-pmo-captured';

const commands = ['demo', 'rollup', 'viewer', 'raid', 'changes', 'intake', 'check', 'report', 'baseline', 'export'];

describe('pmo help and usage', () => {
  it.each([[['--help']], [['-h']], [['help']]])('prints the usage naming every command to stdout and exits 0 for %j', async (args) => {
    const result = await runPmoCaptured(args);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Usage: pmo <command> \[options\]/);
    for (const command of commands) expect(result.out).toContain(`\n  ${command} `);
  });

  it('prints the usage to stderr and exits 2 when no command is given', async () => {
    const result = await runPmoCaptured([]);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toMatch(/^Usage: pmo <command> \[options\]/);
  });

  it.each(
    commands.flatMap((command) => [
      [command, [command, '--help']],
      [command, ['help', command]],
      [command, [command, '-h']],
    ]),
  )("prints %s's own usage to stdout and exits 0 for %j, without running it", async (command, args) => {
    const result = await runPmoCaptured(args);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(new RegExp(`^Usage: pmo ${command} --`));
    expect(result.out).toMatch(/[Oo]ptions:\n {2}--/);
  });

  it.each([
    ['an unknown command', ['nope'], "pmo: unknown command 'nope'.", 'Usage: pmo <command> [options]'],
    ['a name from Object.prototype', ['constructor'], "pmo: unknown command 'constructor'.", 'Usage: pmo <command> [options]'],
    ['help on an unknown command', ['help', 'nope'], "pmo: no command 'nope'.", 'Usage: pmo <command> [options]'],
    ['an unknown option', ['rollup', '--colour'], "pmo rollup: Unknown option '--colour'", 'Usage: pmo rollup --site FILE|--jira URL'],
    [
      'a missing option value',
      ['raid', '--project'],
      "pmo raid: Option '--project <value>' argument missing",
      'Usage: pmo raid --site FILE|--jira URL --project KEY',
    ],
    ['a problem found after parsing', ['viewer'], 'pmo viewer: Give exactly one of --site FILE or --jira URL.', 'Usage: pmo viewer --site FILE|--jira URL'],
    ['export without its options', ['export'], 'pmo export: --jira URL and --out FILE are both required.', 'Usage: pmo export --jira URL --out FILE'],
  ])('exits 2 for %s with the message first, then the usage, on stderr only', async (_case, args, message, usageLine) => {
    const result = await runPmoCaptured(args);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err.slice(0, message.length)).toBe(message);
    expect(result.err).toContain(`\n\n${usageLine}`);
  });

  it('names the problem without the usage when a command fails for another reason, and exits 1', async () => {
    const result = await runPmoCaptured(['rollup', '--site', 'test/fixtures/no-such-site.json']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^pmo rollup: .*ENOENT/);
    expect(result.err).not.toContain('Usage:');
  });
});
