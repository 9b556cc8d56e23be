import { closeSync, openSync, writeSync } from 'node:fs';
import type { SiteFile } from '../site/site-file-schema';

/**
 * Writes a site file as JSON with one issue per line. Issue by issue, so a site of 100,000 issues (several hundred
 * megabytes) never has to fit in one string.
 * @example
 * writeSiteFile('.data/demo-site.json', generateDemoSite({ now: new Date() }));
 */
export function writeSiteFile(path: string, site: SiteFile): void {
  const { issues, ...rest } = site;
  const head = JSON.stringify(rest);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${head.slice(0, -1)},"issues":[\n`);
    const batch: string[] = [];
    issues.forEach((issue, index) => {
      batch.push(JSON.stringify(issue) + (index < issues.length - 1 ? ',\n' : '\n'));
      if (batch.length === 500) writeSync(fd, batch.splice(0).join(''));
    });
    writeSync(fd, `${batch.join('')}]}\n`);
  } finally {
    closeSync(fd);
  }
}
