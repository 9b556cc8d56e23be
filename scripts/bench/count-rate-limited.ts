import type { JiraFake } from '../../local/jira-fake/create-jira-fake';

/** The 429s the Jira fake answered, in total and by `RateLimit-Reason`. */
export interface RateLimitedCount {
  readonly total: () => number;
  readonly byReason: () => Readonly<Record<string, number>>;
}

/**
 * Wraps the fake's `handle` to count its 429 answers (a limit refused the request), without a traffic log, which at
 * 100,000 issues would hold every page the app read.
 */
export function countRateLimited(fake: JiraFake): RateLimitedCount {
  const reasons: Record<string, number> = {};
  let total = 0;
  const handle = fake.handle.bind(fake);
  fake.handle = async (request) => {
    const response = await handle(request);
    if (response.status === 429) {
      total += 1;
      const reason = response.headers.get('RateLimit-Reason') ?? 'unnamed';
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
    return response;
  };
  return { total: () => total, byReason: () => ({ ...reasons }) };
}
