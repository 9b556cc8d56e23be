import path from 'node:path';

/** Two manifest resources whose folders nest, so `forge deploy` would package the inner one's files twice. */
export interface ResourceOverlap {
  readonly outer: string;
  readonly inner: string;
}

/**
 * Finds resources whose folder lies inside another resource's folder (or is the same folder).
 *
 * @example
 * findOverlappingResources([{ key: 'ui', path: 'static/build' }, { key: 'config', path: 'static/build/config' }]);
 * // => [{ outer: 'ui', inner: 'config' }]
 */
export function findOverlappingResources(resources: readonly { readonly key: string; readonly path: string }[]): ResourceOverlap[] {
  const overlaps: ResourceOverlap[] = [];
  for (const outer of resources) {
    for (const inner of resources) {
      if (outer === inner) continue;
      const relative = path.relative(path.resolve(outer.path), path.resolve(inner.path));
      const nested = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
      if (nested && (relative !== '' || outer.key < inner.key)) overlaps.push({ outer: outer.key, inner: inner.key });
    }
  }
  return overlaps;
}
