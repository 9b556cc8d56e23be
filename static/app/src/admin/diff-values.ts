/** One difference between two JSON values: where, and the value on each side (undefined: absent). */
export interface ValueChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

function flatten(value: unknown, path: string, into: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) into.set(path, Array.isArray(value) ? [] : {});
    for (const [key, child] of entries) flatten(child, path === '' ? key : `${path}.${key}`, into);
    return;
  }
  into.set(path, value);
}

/**
 * The leaf values that differ between two JSON values, by path, in the order they appear: what an audit reader needs
 * to see of a change without reading both templates whole.
 *
 * @example
 * diffValues({ name: 'A', version: 1 }, { name: 'B', version: 2 });
 * // [{ path: 'name', before: 'A', after: 'B' }, { path: 'version', before: 1, after: 2 }]
 */
export function diffValues(before: unknown, after: unknown): ValueChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a);
  flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p)))
    .map((path) => ({ path: path === '' ? '(whole value)' : path, before: a.get(path), after: b.get(path) }));
}
