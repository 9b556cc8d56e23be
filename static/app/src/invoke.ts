import { makeInvoke } from '@forge/bridge';
import type { ResolverDefs } from '../../../src/contract/resolver-defs';

/** The one typed door from the UI to the app's resolver functions. */
export const invokeResolver = makeInvoke<ResolverDefs>();
