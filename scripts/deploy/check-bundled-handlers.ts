import { createRequire } from 'node:module';
import path from 'node:path';
import type { Handler } from '@forge/cli/node_modules/@forge/cli-shared';

/** One manifest handler looked up in the packaged bundle. */
export interface BundledHandler {
  readonly handler: string;
  /** What the bundle exports under that name: `function` is what Forge can invoke. */
  readonly exportedAs: string;
}

/**
 * Loads each handler module from the unpacked package (`<module>.cjs`, as @forge/bundler names its output) and says
 * what it exports under each handler's function name, so a handler the manifest names but the code lost is caught
 * before Forge would fail to invoke it.
 *
 * @example
 * checkBundledHandlers('/tmp/package', [{ module: 'index', func: 'resolver' }]);
 * // => [{ handler: 'index.resolver', exportedAs: 'function' }]
 */
export function checkBundledHandlers(unpackedDir: string, handlers: readonly Handler[]): BundledHandler[] {
  const load = createRequire(path.join(unpackedDir, 'package.json'));
  return handlers.map(({ module, func }) => {
    const exported: unknown = load(path.join(unpackedDir, `${module}.cjs`));
    const value: unknown = typeof exported === 'object' && exported !== null ? Object.getOwnPropertyDescriptor(exported, func)?.value : undefined;
    return { handler: `${module}.${func}`, exportedAs: typeof value };
  });
}
