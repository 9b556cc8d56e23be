/** Whether a rising figure is good news (progress, SPI) or bad news (open risks, overdue milestones). */
export type MetricPolarity = 'higher-is-better' | 'lower-is-better';
