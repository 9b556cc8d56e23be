import { safeDivide } from '../math/safe-divide';
import type { EarnedValue } from './earned-value';

/**
 * Derives every earned value figure from the four totals. Programs and the portfolio add their projects' BAC, PV, EV
 * and AC and call this again, so their indices are weighted by money, never averages of project ratios.
 *
 * @example
 * earnedValueFromTotals({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 63_000 }).cpi; // 0.5555...
 * earnedValueFromTotals({ bac: 0, pv: 0, ev: 0, ac: 0 }).spi;                       // null
 */
export function earnedValueFromTotals(totals: Pick<EarnedValue, 'bac' | 'pv' | 'ev' | 'ac'>): EarnedValue {
  const { bac, pv, ev, ac } = totals;
  const spi = safeDivide(ev, pv);
  const cpi = safeDivide(ev, ac);
  const remainingWork = bac - ev;
  const typical = cpi === null ? null : safeDivide(bac, cpi);
  const combinedRest = cpi === null || spi === null ? null : safeDivide(remainingWork, cpi * spi);
  return {
    bac,
    pv,
    ev,
    ac,
    sv: ev - pv,
    cv: ev - ac,
    spi,
    cpi,
    eac: {
      typical,
      atypical: ac + remainingWork,
      combined: combinedRest === null ? null : ac + combinedRest,
    },
    etc: typical === null ? null : typical - ac,
    vac: typical === null ? null : bac - typical,
    tcpi: safeDivide(remainingWork, bac - ac),
  };
}
