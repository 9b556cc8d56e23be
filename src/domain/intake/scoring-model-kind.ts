/** The kinds of scoring model a PMO can choose from. */
export const scoringModelKinds = ['weighted', 'wsjf', 'value-effort'] as const;

/**
 * How a model turns criteria into a score: `weighted` (named criteria on scales, each with a weight, 0..100),
 * `wsjf` (SAFe's weighted shortest job first: cost of delay divided by job size) or `value-effort` (value divided by
 * effort).
 */
export type ScoringModelKind = (typeof scoringModelKinds)[number];
