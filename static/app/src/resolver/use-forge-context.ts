import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import { describeFailure } from './describe-failure';
import type { ResolverState } from './resolver-state';

/** Forge's view context for this frame, read once; left `unknown` for the router to parse. */
export function useForgeContext(): ResolverState<unknown> {
  const [state, setState] = useState<ResolverState<unknown>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    view.getContext().then(
      (context: unknown) => {
        if (current) setState({ state: 'ready', data: context });
      },
      (error: unknown) => {
        if (current) setState({ state: 'error', message: describeFailure(error) });
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
