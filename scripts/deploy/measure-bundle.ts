import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The size of a packaged back end, by kind of file. */
export interface BundleSize {
  readonly files: number;
  /** JavaScript Forge loads (`.cjs`/`.js`), the runtime stand-ins included. */
  readonly codeBytes: number;
  readonly totalBytes: number;
}

/** Adds up the files of an unpacked Forge package. */
export function measureBundle(unpackedDir: string): BundleSize {
  let files = 0;
  let codeBytes = 0;
  let totalBytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const size = statSync(full).size;
      files += 1;
      totalBytes += size;
      if (/\.c?js$/.test(entry.name)) codeBytes += size;
    }
  };
  walk(unpackedDir);
  return { files, codeBytes, totalBytes };
}
