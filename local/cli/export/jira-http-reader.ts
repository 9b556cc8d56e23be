import type { RealJiraConfig } from '../../forge-runtime/real-jira-target';

/** Reads JSON from a Jira site with basic auth, waiting out 429s (Retry-After) a bounded number of times. */
export function createJiraHttpReader(config: RealJiraConfig, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))) {
  const authorization = `Basic ${Buffer.from(`${config.email}:${config.apiToken}`).toString('base64')}`;
  return async function read(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetch(`${config.baseUrl}${path}`, {
        method,
        headers: { authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.ok) return response.json();
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || attempt >= 5) {
        throw new Error(`${config.baseUrl} answered ${response.status} to ${method} ${path.split('?')[0] ?? path}: ${(await response.text()).slice(0, 300)}`);
      }
      const retryAfter = Number(response.headers.get('retry-after') ?? '');
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 500 * 2 ** attempt);
    }
  };
}

export type JiraHttpReader = ReturnType<typeof createJiraHttpReader>;
