/**
 * The reader's message for a resolver that Jira throttled, with when to try again in plain words (Retry-After in
 * seconds, or null when Jira named no time).
 *
 * @example
 * describeRateLimit(40); // => 'Jira is busy answering other requests right now. Try again in about 40 seconds.'
 * describeRateLimit(null); // => 'Jira is busy answering other requests right now. Try again in a minute or so.'
 */
export function describeRateLimit(retryAfterSeconds: number | null): string {
  return `Jira is busy answering other requests right now. Try again ${whenToTryAgain(retryAfterSeconds)}.`;
}

function whenToTryAgain(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'in a minute or so';
  if (seconds <= 5) return 'in a few seconds';
  if (seconds < 90) return `in about ${String(Math.ceil(seconds))} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `in about ${String(minutes)} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'in about an hour' : `in about ${String(hours)} hours`;
}
