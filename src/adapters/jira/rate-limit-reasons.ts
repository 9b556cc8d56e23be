/** The limits Jira names in a 429's RateLimit-Reason header. */
export const rateLimitReasons = ['jira-burst-based', 'jira-quota-global-based', 'jira-quota-tenant-based', 'jira-per-issue-on-write'] as const;
export type RateLimitReason = (typeof rateLimitReasons)[number];

/** The reason a 429 names, or null when it names none this app knows (older answers carry only Retry-After). */
export function rateLimitReasonOf(headers: { get(name: string): string | null }): RateLimitReason | null {
  const value = headers.get('ratelimit-reason') ?? headers.get('x-beta-ratelimit-reason');
  return rateLimitReasons.find((reason) => reason === value?.trim()) ?? null;
}
