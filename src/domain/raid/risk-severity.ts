/** Risk severities from least to most severe. */
export const riskSeverities = ['low', 'medium', 'high', 'critical'] as const;

/** How severe a scored risk is; see `severityOf` for the bands. */
export type RiskSeverity = (typeof riskSeverities)[number];
