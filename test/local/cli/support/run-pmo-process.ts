import { execFile } from 'node:child_process';

/** What one run of a pmo process printed, and how it ended. */
export interface PmoProcessResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs a command as a separate process (no shell) in `cwd` and answers its exit code, stdout and stderr. A run that
 * outlives `timeoutMs` is killed, so a hung CLI fails its test instead of stalling the suite.
 * @example
 * const { code, out } = await runPmoProcess('npx', ['pmo', '--help'], repoRoot); // 0, 'Usage: pmo <command> ...'
 */
export function runPmoProcess(file: string, args: readonly string[], cwd: string, timeoutMs = 45_000): Promise<PmoProcessResult> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        reject(new Error(`${file} ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
        return;
      }
      resolve({ code: error === null ? 0 : Number(error.code), out: stdout, err: stderr });
    });
  });
}
