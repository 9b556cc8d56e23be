import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KvsEntry } from './kvs-entry';

const entryFileSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number().nullable(),
});

/**
 * Keeps each KVS entry in its own JSON file under a folder, written atomically (temp file then rename),
 * so a restart or a crash mid-write loses nothing that was acknowledged. File names are hashes of the key
 * because keys may be up to 500 characters.
 */
export class KvsFilePersistence {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  loadAll(): KvsEntry[] {
    const entries: KvsEntry[] = [];
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.json')) continue;
      const parsed = entryFileSchema.safeParse(JSON.parse(readFileSync(join(this.dir, name), 'utf8')));
      if (parsed.success) entries.push(parsed.data);
    }
    return entries;
  }

  write(entry: KvsEntry): void {
    const file = this.fileFor(entry.key);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, file);
  }

  remove(key: string): void {
    rmSync(this.fileFor(key), { force: true });
  }

  private fileFor(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }
}
