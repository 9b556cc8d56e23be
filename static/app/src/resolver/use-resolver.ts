import { useCallback, useEffect, useRef, useState } from 'react';
import type { DefArguments, DefResult } from '@forge/resolver/shared';
import type { Envelope } from '../../../../src/contract/envelope';
import type { ResolverDefs, ResolverName } from '../../../../src/contract/resolver-defs';
import { invokeResolver } from '../invoke';
import { describeFailure } from './describe-failure';
import type { ResolverState } from './resolver-state';
import { unwrapEnvelope } from './unwrap-envelope';

/** The data type inside a resolver's envelope. */
export type ResolverData<K extends ResolverName> = DefResult<ResolverDefs, K> extends Envelope<infer T> ? T : never;

/** A resolver call as the hook takes it: the name, then the payload when the resolver has one. */
export type ResolverCall<K extends ResolverName> = readonly [K, ...DefArguments<ResolverDefs, K>];

export interface ResolverHookOptions {
  /** While false nothing is asked (the state stays loading); the first call goes out when it turns true. */
  readonly enabled?: boolean;
  /** A value owned outside the component, such as a parent's change counter: a change asks again quietly, as `reload`. */
  readonly reloadKey?: number;
  /** A quiet reload that fails keeps the data already shown, instead of replacing it with the error. */
  readonly keepShownOnFailedReload?: boolean;
}

export interface ResolverControls<T> {
  /** Asks again from scratch, showing the loading state meanwhile: what "Try again" does. */
  readonly retry: () => void;
  /** Asks again while still showing what is shown, for data that another action changed. */
  readonly reload: () => void;
  /** Shows data the component already has, such as the answer to a save that returns the new state. */
  readonly show: (data: T) => void;
}

interface Trigger {
  readonly count: number;
  readonly quiet: boolean;
}

/**
 * Calls a resolver when the component mounts and tracks its answer; asks again when the payload changes (from
 * scratch), when `retry` is called (from scratch), or when `reload` is called or `reloadKey` changes (quietly, still
 * showing what is shown). An `ok: false` envelope and a failed call both become the error state, carrying a message
 * fit to show. An answer that arrives after the component moved on is dropped.
 */
export function useResolver<K extends ResolverName>(
  call: ResolverCall<K>,
  options: ResolverHookOptions = {},
): ResolverState<ResolverData<K>> & ResolverControls<ResolverData<K>> {
  const [name, ...payload] = call;
  const { enabled = true, reloadKey = 0, keepShownOnFailedReload = false } = options;
  const [state, setState] = useState<ResolverState<ResolverData<K>>>({ state: 'loading' });
  const [trigger, setTrigger] = useState<Trigger>({ count: 0, quiet: false });
  const retry = useCallback(() => {
    setTrigger((t) => ({ count: t.count + 1, quiet: false }));
  }, []);
  const reload = useCallback(() => {
    setTrigger((t) => ({ count: t.count + 1, quiet: true }));
  }, []);
  const show = useCallback((data: ResolverData<K>) => {
    setState({ state: 'ready', data });
  }, []);
  // The payload is compared by value: a new object literal on every render must not call the resolver again.
  const identity = JSON.stringify([name, payload, enabled]);
  // What the previous call was made for, to tell a quiet reload from a fresh start.
  const previous = useRef<{ readonly identity: string; readonly count: number; readonly reloadKey: number } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { identity, count: trigger.count, reloadKey };
    if (!enabled) return;
    const quiet = before !== null && before.identity === identity && (before.count === trigger.count ? before.reloadKey !== reloadKey : trigger.quiet);
    let current = true;
    if (!quiet) setState({ state: 'loading' });
    const failed = (failure: ResolverState<ResolverData<K>>) => {
      setState((shown) => (quiet && keepShownOnFailedReload && shown.state === 'ready' ? shown : failure));
    };
    // Every resolver answers with an envelope; TypeScript cannot see that through the generic key, so it is stated here.
    const answer = invokeResolver(name, ...payload) as Promise<Envelope<ResolverData<K>>>;
    answer.then(
      (envelope) => {
        if (!current) return;
        const next = unwrapEnvelope(envelope);
        if (next.state === 'error') failed(next);
        else setState(next);
      },
      (error: unknown) => {
        if (current) failed({ state: 'error', message: describeFailure(error) });
      },
    );
    return () => {
      current = false;
    };
    // `identity` stands for the name, the payload and `enabled`, compared by value.
  }, [identity, trigger, reloadKey, keepShownOnFailedReload]);
  return { ...state, retry, reload, show };
}
