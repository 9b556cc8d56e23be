import { makeResolver } from '@forge/resolver';
import type { ResolverDefs } from '../contract/resolver-defs';
import { getViewerResolver } from './get-viewer-resolver';

/** Every resolver the UI may invoke, checked against the shared contract. */
export const resolverHandler = makeResolver<ResolverDefs>({
  getViewer: getViewerResolver,
});
