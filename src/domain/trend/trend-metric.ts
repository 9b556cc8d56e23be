/** The figures a trend follows from one snapshot to the next. */
export const trendMetrics = ['progressByCount', 'progressByEstimate', 'spi', 'cpi', 'openRisks', 'compliance', 'overdueMilestones'] as const;

/** One figure a trend follows. */
export type TrendMetric = (typeof trendMetrics)[number];
