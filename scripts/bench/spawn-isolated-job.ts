import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { RefreshJobBody } from '../../src/adapters/events/refresh-queue';
import { isolatedJobMeasureSchema, type IsolatedJobMeasure } from './isolated-job-measure';

const ROOT = join(__dirname, '..', '..');
const CHILD_ENTRY = join(__dirname, 'run-isolated-project-job.ts');

/** Where the child reads Jira, with the basic-auth identity it signs in as. */
export interface IsolatedJobTarget {
  readonly baseUrl: string;
  readonly email: string;
  readonly apiToken: string;
}

/**
 * Runs one refresh job in a fresh Node process (`node --expose-gc --import tsx run-isolated-project-job.ts`) against
 * `target` and answers the JSON line it printed. Rejects with the child's stderr when it exits non-zero or prints
 * no measure. The parent must keep serving `target` meanwhile, so the child is awaited asynchronously.
 */
export function spawnIsolatedJob(job: RefreshJobBody, target: IsolatedJobTarget): Promise<IsolatedJobMeasure> {
  const env = { ...process.env, JIRA_BASE_URL: target.baseUrl, JIRA_EMAIL: target.email, JIRA_API_TOKEN: target.apiToken };
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD_ENTRY, JSON.stringify(job)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      // The app's own logging shares stdout; the measure is the last line.
      const last = Buffer.concat(out).toString('utf8').trim().split('\n').at(-1) ?? '';
      if (code !== 0) {
        reject(new Error(`the isolated job exited ${String(code)}: ${stderr.slice(-2000)}`));
        return;
      }
      try {
        resolve(isolatedJobMeasureSchema.parse(JSON.parse(last)));
      } catch (error) {
        reject(new Error(`the isolated job printed no measure (${error instanceof Error ? error.message : String(error)}): ${last.slice(0, 500)}`));
      }
    });
  });
}
