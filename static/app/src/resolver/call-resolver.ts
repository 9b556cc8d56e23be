import type { DefArguments } from '@forge/resolver/shared';
import type { Envelope } from '../../../../src/contract/envelope';
import type { ResolverDefs, ResolverName } from '../../../../src/contract/resolver-defs';
import { invokeResolver } from '../invoke';
import { describeFailure } from './describe-failure';
import type { ResolverState } from './resolver-state';
import { unwrapEnvelope } from './unwrap-envelope';
import type { ResolverData } from './use-resolver';

/** Calls a resolver once (e.g. a save) and answers its data or a message fit to show; never throws. */
export async function callResolver<K extends ResolverName>(
  name: K,
  ...payload: DefArguments<ResolverDefs, K>
): Promise<Exclude<ResolverState<ResolverData<K>>, { state: 'loading' }>> {
  try {
    // Every resolver answers with an envelope; TypeScript cannot see that through the generic key, so it is stated here.
    const envelope = await (invokeResolver(name, ...payload) as Promise<Envelope<ResolverData<K>>>);
    const state = unwrapEnvelope(envelope);
    return state.state === 'loading' ? { state: 'error', message: 'No answer from the app.' } : state;
  } catch (error) {
    return { state: 'error', message: describeFailure(error) };
  }
}
