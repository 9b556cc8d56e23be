import type { ResolverSpec } from './resolver-spec';

/**
 * Declares a resolver, inferring the payload's type from its schema so `run` is checked against it.
 *
 * @example
 * export const getViewerResolver = defineResolver({ payload: z.object({}), permission: 'anyone', run: (deps) => loadViewer(deps.viewer) });
 */
export function defineResolver<P, T>(spec: ResolverSpec<P, T>): ResolverSpec<P, T> {
  return spec;
}
