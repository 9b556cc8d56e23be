import { runPmo } from '../../../../local/cli/main';

/** Runs one pmo command in process, answering its exit code and what it printed to stdout and stderr. */
export async function runPmoCaptured(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPmo(
    args,
    env,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
