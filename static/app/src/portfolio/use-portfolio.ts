import { useCallback, useEffect, useRef, useState } from 'react';
import type { PortfolioDto } from '../../../../src/contract/portfolio-dto';
import { invokeResolver } from '../invoke';
import { describeFailure } from '../resolver/describe-failure';
import type { ResolverState } from '../resolver/resolver-state';
import { unwrapEnvelope } from '../resolver/unwrap-envelope';

/** How often the page asks for the portfolio again while a refresh is under way. */
export const refreshPollMs = 2_000;
/** A refresh still pending this long after it was asked for is taken as stuck: the page stops asking. */
export const refreshGiveUpMs = 15 * 60_000;

export interface PortfolioView {
  readonly portfolio: ResolverState<PortfolioDto>;
  /** True from the click on Refresh until the app has queued the refresh. */
  readonly requesting: boolean;
  /** True while a refresh is under way and the page keeps reading its progress. */
  readonly polling: boolean;
  /** Why the last refresh request or progress check failed; the portfolio already shown stays. */
  readonly refreshError: string | null;
  readonly requestRefresh: () => void;
  /** Loads the portfolio again after a failed first load, showing the spinner meanwhile. */
  readonly retry: () => void;
}

/**
 * The portfolio, loaded when the page opens, and the refresh: asking for one, then reading the portfolio again every
 * two seconds while projects are still pending, so the page fills in as the refresh goes.
 */
export function usePortfolio(): PortfolioView {
  const [portfolio, setPortfolio] = useState<ResolverState<PortfolioDto>>({ state: 'loading' });
  const [requesting, setRequesting] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const mounted = useRef(true);
  // Whether a portfolio has been shown: only then does a failed load keep it and say why beside it.
  const shown = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A failed first load is the page's error state; a failed reload keeps the portfolio shown and says why beside it.
  const load = useCallback(async (): Promise<void> => {
    let next: ResolverState<PortfolioDto>;
    try {
      next = unwrapEnvelope(await invokeResolver('getPortfolio'));
    } catch (error) {
      next = { state: 'error', message: describeFailure(error) };
    }
    if (!mounted.current) return;
    if (next.state === 'ready') shown.current = true;
    setPortfolio((previous) => (next.state === 'error' && previous.state === 'ready' ? previous : next));
    // A failed first load is said once, by the page's error state, not again beside the refresh button.
    setRefreshError(next.state === 'error' && shown.current ? next.message : null);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const pending = portfolio.state === 'ready' ? portfolio.data.refresh.pendingProjects : 0;
  const requestedAt = portfolio.state === 'ready' ? portfolio.data.refresh.requestedAt : null;
  const polling = pending > 0 && refreshError === null && requestedAt !== null && Date.now() - Date.parse(requestedAt) < refreshGiveUpMs;
  useEffect(() => {
    if (!polling) return undefined;
    const timer = setTimeout(() => void load(), refreshPollMs);
    return () => {
      clearTimeout(timer);
    };
  }, [polling, portfolio, load]);

  const requestRefresh = useCallback(() => {
    setRequesting(true);
    setRefreshError(null);
    invokeResolver('requestRefresh')
      .then(async (envelope) => {
        const answer = unwrapEnvelope(envelope);
        if (answer.state === 'error') throw new Error(answer.message);
        await load();
      })
      .catch((error: unknown) => {
        if (mounted.current) setRefreshError(describeFailure(error));
      })
      .finally(() => {
        if (mounted.current) setRequesting(false);
      });
  }, [load]);

  const retry = useCallback(() => {
    setPortfolio({ state: 'loading' });
    void load();
  }, [load]);

  return { portfolio, requesting, polling, refreshError, requestRefresh, retry };
}
