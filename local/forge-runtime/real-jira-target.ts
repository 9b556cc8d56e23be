import type { ProductTarget } from './forge-runtime-targets';

export interface RealJiraConfig {
  readonly baseUrl: string;
  readonly email: string;
  readonly apiToken: string;
}

/** Read endpoints that Jira serves by POST; every other POST, and every PUT or DELETE, is refused. */
const READ_ONLY_POSTS = [
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/issue/bulkfetch',
  '/rest/api/3/changelog/bulkfetch',
  '/rest/api/3/permissions/check',
];

/** Reads the real-site settings from JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN; null when any is missing. */
export function realJiraConfigFromEnv(env: NodeJS.ProcessEnv): RealJiraConfig | null {
  const baseUrl = env.JIRA_BASE_URL;
  const email = env.JIRA_EMAIL;
  const apiToken = env.JIRA_API_TOKEN;
  if (!baseUrl || !email || !apiToken) return null;
  return { baseUrl: baseUrl.replace(/\/+$/, ''), email, apiToken };
}

/**
 * Sends product calls to a real Jira Cloud site with basic auth, read-only. Every call acts as the token's owner:
 * asUser() cannot impersonate other accounts outside Forge, so the switch for the acting user has no effect here.
 */
export function realJiraTarget(config: RealJiraConfig): ProductTarget {
  const authorization = `Basic ${Buffer.from(`${config.email}:${config.apiToken}`).toString('base64')}`;
  return async (request) => {
    const pathOnly = request.path.split('?')[0] ?? '';
    const readOnly = request.method === 'GET' || (request.method === 'POST' && READ_ONLY_POSTS.includes(pathOnly));
    if (!readOnly) {
      return new Response(
        JSON.stringify({ errorMessages: [`The local app is read-only against a real site: ${request.method} ${pathOnly} was not sent.`], errors: {} }),
        {
          status: 405,
          headers: { 'content-type': 'application/json' },
        },
      );
    }
    return fetch(`${config.baseUrl}${request.path}`, {
      method: request.method,
      headers: { ...request.headers, authorization, accept: 'application/json' },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
  };
}
