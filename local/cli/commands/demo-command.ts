import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { demoHiddenProjectKey, demoUsers } from '../../demo/demo-users';
import { generateDemoSite } from '../../demo/generate-demo-site';
import { writeSiteFile } from '../../demo/write-site-file';
import { UsageError } from '../parse-common-options';

/**
 * A demo issue takes about 4.7 KB of JSON, and the site loader reads a file as one string, which V8 caps at about
 * 536 million characters: 100,000 issues (about 470 MB, the largest size `npm run bench` runs) still load.
 */
const maxScale = 100_000;

const wholeNumber = (option: string, min: number, max: number) =>
  z.string().transform((text, ctx) => {
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (value >= min && value <= max) return value;
    ctx.addIssue({ code: 'custom', message: `${option} must be a whole number from ${String(min)} to ${String(max)}, not '${text}'` });
    return z.NEVER;
  });

const demoArgsSchema = z.object({
  out: z.string({ error: '--out FILE is required' }).min(1, '--out FILE is required'),
  scale: wholeNumber('--scale', 1, maxScale).optional(),
  seed: wholeNumber('--seed', 0, 2 ** 32 - 1).optional(),
  now: z
    .string()
    .refine((text) => !Number.isNaN(new Date(text).getTime()), {
      error: (issue) => `--now must be an ISO date-time such as 2026-11-20T12:00:00Z, not '${String(issue.input)}'`,
    })
    .optional(),
});

/**
 * pmo demo: writes the generated demo site that `npm start` runs on (Aldermoor Bank: 8 projects in 3 programs) to a
 * site file, so every other command can be tried without a Jira site. --scale N makes exactly N issues instead of the
 * named projects' own sizes; --seed changes the random choices; --now dates the site (default: the current time).
 * @example
 * await demoCommand(['--out', 'demo.json'], {}, console.log); // Wrote 426 issues in 8 projects to demo.json. ...
 */
export function demoCommand(
  args: readonly string[],
  _env: NodeJS.ProcessEnv,
  out: (line: string) => void,
  clock: () => Date = () => new Date(),
): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: { out: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  const parsed = demoArgsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { out: file, scale, seed, now } = parsed.data;
  const site = generateDemoSite({
    now: now === undefined ? clock() : new Date(now),
    ...(scale === undefined ? {} : { scale }),
    ...(seed === undefined ? {} : { seed }),
  });
  mkdirSync(dirname(file), { recursive: true });
  writeSiteFile(file, site);
  out(`Wrote ${String(site.issues.length)} issues in ${String(site.projects.length)} projects to ${file}.`);
  out(`Try: pmo rollup --site ${file}   (--as picks the user; without it, the PMO admin)`);
  out(`  --as ${demoUsers.admin.accountId}  ${demoUsers.admin.displayName}, PMO admin (Jira administrator)`);
  out(`  --as ${demoUsers.pm.accountId}  ${demoUsers.pm.displayName}, project manager`);
  out(`  --as ${demoUsers.executive.accountId}  ${demoUsers.executive.displayName}, executive`);
  out(`  --as ${demoUsers.restricted.accountId}  ${demoUsers.restricted.displayName}, restricted: cannot see ${demoHiddenProjectKey}`);
  return Promise.resolve();
}
