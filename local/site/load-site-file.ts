import { readFileSync } from 'node:fs';
import { siteFileSchema, type SiteFile } from './site-file-schema';

/** Reads and validates a site file; a bad file fails with the path and the problem of each issue found. */
export function loadSiteFile(path: string): SiteFile {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return parseSiteFile(raw, path);
}

export function parseSiteFile(raw: unknown, source = 'site file'): SiteFile {
  const result = siteFileSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${source} is not a valid site file:\n${problems.join('\n')}`);
  }
  return result.data;
}
