import { useCallback, useEffect, useState } from 'react';
import type { DefArguments, DefResult } from '@forge/resolver/shared';
import type { Envelope } from '../../../../src/contract/envelope';
import type { ResolverDefs, ResolverName } from '../../../../src/contract/resolver-defs';
import { invokeResolver } from '../invoke';
import { describeFailure } from './describe-failure';
import type { ResolverState } from './resolver-state';
import { unwrapEnvelope } from './unwrap-envelope';

/** The data type inside a resolver's envelope. */
export type ResolverData<K extends ResolverName> = DefResult<ResolverDefs, K> extends Envelope<infer T> ? T : never;

/**
 * Calls a resolver when the component mounts (and again when the payload changes, or `retry` is called) and tracks
 * its answer. An `ok: false` envelope and a failed call both become the error state, carrying a message fit to show.
 */
export function useResolver<K extends ResolverName>(name: K, ...payload: DefArguments<ResolverDefs, K>): ResolverState<ResolverData<K>> & { readonly retry: () => void } {
  const [state, setState] = useState<ResolverState<ResolverData<K>>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  // The payload is compared by value: a new object literal on every render must not call the resolver again.
  const payloadKey = JSON.stringify(payload);
  useEffect(() => {
    let current = true;
    setState({ state: 'loading' });
    // Every resolver answers with an envelope; TypeScript cannot see that through the generic key, so it is stated here.
    const call = invokeResolver(name, ...payload) as Promise<Envelope<ResolverData<K>>>;
    call.then(
      (envelope) => {
        if (current) setState(unwrapEnvelope(envelope));
      },
      (error: unknown) => {
        if (current) setState({ state: 'error', message: describeFailure(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [name, payloadKey, attempt]);
  return { ...state, retry };
}
