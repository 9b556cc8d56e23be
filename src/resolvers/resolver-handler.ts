import { makeResolver } from '@forge/resolver';
import type { ResolverDefs } from '../contract/resolver-defs';
import { getPortfolioResolver } from './get-portfolio-resolver';
import { getViewerResolver } from './get-viewer-resolver';
import { requestRefreshResolver } from './request-refresh-resolver';

/** Every resolver the UI may invoke, checked against the shared contract. */
export const resolverHandler = makeResolver<ResolverDefs>({
  getViewer: getViewerResolver,
  getPortfolio: getPortfolioResolver,
  requestRefresh: requestRefreshResolver,
});
