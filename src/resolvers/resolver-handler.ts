import { createResolverDeps } from './create-resolver-deps';
import { createResolverHandler } from './create-resolver-handler';

/** The app's resolver function (manifest `resolver`): every resolver over the production deps and the system clock. */
export const resolverHandler = createResolverHandler(createResolverDeps());
