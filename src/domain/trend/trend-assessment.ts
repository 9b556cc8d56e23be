/** Whether a change is good news: `unknown` when either snapshot lacks the figure or a colour is grey. */
export type TrendAssessment = 'better' | 'worse' | 'unchanged' | 'unknown';
