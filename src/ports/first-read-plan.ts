/** Projects read for the first time and how many issues each held when planned: the "of m" in "n of m issues read". */
export interface FirstReadPlan {
  readonly startedAt: string;
  readonly issuesByProject: Readonly<Record<string, number>>;
}

/** When refresh jobs last stopped for points: the app's budget, or Jira's quota; and when they resume. */
export interface RefreshThrottle {
  readonly at: string;
  readonly resumesAt: string;
  readonly reason: 'budget' | 'jira-quota';
}
