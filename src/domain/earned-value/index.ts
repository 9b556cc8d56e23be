/** Public entry point of the domain's earned-value feature: CPI, SPI and the figures behind them. */
export { computeEarnedValue } from './compute-earned-value';
export type { EarnedValue } from './earned-value';
