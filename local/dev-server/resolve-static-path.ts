import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The file a /static/ URL names inside the build folder, or null when the name is malformed or would leave the
 * folder (`..`, encoded separators, absolute paths, NUL bytes).
 *
 * @example
 * resolveStaticPath('/app/static/build', 'config/main.js'); // => '/app/static/build/config/main.js'
 * resolveStaticPath('/app/static/build', '..%2Fpackage.json'); // => null
 */
export function resolveStaticPath(root: string, encodedName: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return null;
  }
  if (name === '' || name.includes('\0') || name.includes('\\') || isAbsolute(name)) return null;
  if (name.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const base = resolve(root);
  const target = resolve(join(base, name));
  const inside = relative(base, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return target;
}
