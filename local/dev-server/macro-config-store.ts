import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const storedConfigsSchema = z.record(z.string(), z.record(z.string(), z.json()));

export type MacroConfig = Readonly<Record<string, z.infer<ReturnType<typeof z.json>>>>;

/** Where Confluence keeps each macro instance's settings: here, memory and optionally a JSON file. */
export interface MacroConfigStore {
  get(localId: string): MacroConfig | undefined;
  set(localId: string, config: MacroConfig): void;
}

/**
 * A store of macro settings by the macro's localId. With a file, the settings survive a restart of the dev server.
 *
 * @example
 * const store = createMacroConfigStore(null);
 * store.set('m1', { scope: 'programs' });
 * store.get('m1'); // => { scope: 'programs' }
 */
export function createMacroConfigStore(file: string | null): MacroConfigStore {
  const configs = new Map<string, MacroConfig>(
    file !== null && existsSync(file) ? Object.entries(storedConfigsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))) : [],
  );
  return {
    get: (localId) => configs.get(localId),
    set(localId, config) {
      configs.set(localId, config);
      if (file === null) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(Object.fromEntries(configs), null, 2)}\n`);
    },
  };
}
