import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generateDemoSite } from './generate-demo-site';
import { writeSiteFile } from './write-site-file';

export const writeDemoSiteUsage = 'usage: npx tsx local/demo/write-demo-site.ts --out FILE [--scale N] [--now ISO-INSTANT] [--seed N]';

const argsSchema = z.object({
  out: z.string({ error: '--out FILE is required' }).min(1, '--out FILE is required'),
  scale: z.coerce.number().int().positive().optional(),
  now: z.iso.datetime({ offset: true, local: false }).optional(),
  seed: z.coerce.number().int().nonnegative().optional(),
});

/**
 * Generates the demo site from command-line arguments and writes it to --out; returns the line to print. Without
 * --now the site is dated from the current time, so the demo always looks current.
 * @example
 * writeDemoSiteCommand(['--out', '.data/site.json', '--scale', '10000']); // 'Wrote 10000 issues in 8 projects to .data/site.json'
 */
export function writeDemoSiteCommand(argv: readonly string[], clock: () => Date = () => new Date()): string {
  let values: unknown;
  try {
    values = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, scale: { type: 'string' }, now: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error: unknown) {
    throw new Error(`${writeDemoSiteUsage}\n  ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'arguments'}: ${issue.message}`);
    throw new Error(`${writeDemoSiteUsage}\n${problems.join('\n')}`);
  }
  const { out, scale, now, seed } = parsed.data;
  const site = generateDemoSite({
    now: now === undefined ? clock() : new Date(now),
    ...(scale === undefined ? {} : { scale }),
    ...(seed === undefined ? {} : { seed }),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeSiteFile(out, site);
  return `Wrote ${site.issues.length} issues in ${site.projects.length} projects to ${out}`;
}
