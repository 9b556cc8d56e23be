import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { z } from 'zod';
import { JiraError, jiraErrorKindOf } from './jira-error';
import { jiraRetryPolicies } from './jira-retry-policies';
import type { JiraRetryPolicy } from './jira-retry-policy';
import { planRetryWait } from './plan-retry-wait';
import { PointsBudgetSpentError } from './points-budget-spent-error';

/** The part of @forge/api's `asUser()` / `asApp()` that the client needs. */
export interface JiraRequester {
  requestJira(route: Route, init?: RequestInit): Promise<APIResponse>;
}

/** One Jira call, written out at its call site (`jira.requestJira(route\`...\`, {...})`) so Forge's linter can check its scope. */
export type JiraCall = (jira: JiraRequester) => Promise<APIResponse>;

/** Headers for a JSON request and answer. */
export const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' } as const;

export interface JiraClient {
  /**
   * Makes `call` (again on each retry): retries 429 (honouring Retry-After), 5xx and network faults within the
   * policy's bounds, then parses the answer with `schema`. A wait the policy does not allow is not started: the call
   * fails at once, a 429 as a rate-limited JiraError carrying Retry-After. `label` names the endpoint in errors, e.g.
   * "POST /rest/api/3/search/jql".
   */
  send<S extends z.ZodType>(label: string, schema: S, call: JiraCall): Promise<z.infer<S>>;
  /** Requests sent, retries included: what the app costs Jira. */
  readonly requestCount: () => number;
}

function retryAfterMs(response: APIResponse): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

async function jiraMessages(response: APIResponse): Promise<string[]> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return [];
    const record = body as { errorMessages?: unknown; errors?: unknown };
    const list = Array.isArray(record.errorMessages) ? record.errorMessages.filter((m): m is string => typeof m === 'string') : [];
    const fields =
      typeof record.errors === 'object' && record.errors !== null ? Object.values(record.errors).filter((m): m is string => typeof m === 'string') : [];
    return [...list, ...fields];
  } catch {
    return [];
  }
}

/**
 * A Jira client over `requester` (asUser() or asApp()) that retries as `policy` allows (the jobs' policy unless told). The policy's wait budget is
 * spent by this client as a whole, across all its calls, so a resolver builds one client per invocation.
 *
 * @example
 * const client = createJiraClient(api.asUser(), jiraRetryPolicies.resolvers);
 * const me = await client.send('GET /rest/api/3/myself', mySchema, (jira) => jira.requestJira(route`/rest/api/3/myself`));
 */
export function createJiraClient(requester: JiraRequester, policy: JiraRetryPolicy = jiraRetryPolicies.jobs): JiraClient {
  let requests = 0;
  let sleptMs = 0;

  /** The wait the policy allows now before a retry, or null when the call must fail at once. */
  const allowedWait = (wantedMs: number): number | null => planRetryWait({ wantedMs, spentMs: sleptMs, timeLeftMs: policy.timeLeftMs() }, policy);
  const sleep = (ms: number): Promise<void> => {
    sleptMs += ms;
    return policy.sleep(ms);
  };

  const attempt = async (call: JiraCall): Promise<APIResponse> => {
    for (let retry = 0; ; retry += 1) {
      requests += 1;
      const backOff = policy.baseDelayMs * 2 ** retry;
      let response: APIResponse;
      try {
        response = await call(requester);
      } catch (error) {
        // The app itself refused to send the request (its points budget is spent): no fault of Jira's to retry.
        if (error instanceof PointsBudgetSpentError) throw error;
        const wait = retry >= policy.maxRetries ? null : allowedWait(backOff);
        if (wait === null) throw new JiraError('network', null, `Jira could not be reached: ${error instanceof Error ? error.message : String(error)}`);
        await sleep(wait);
        continue;
      }
      if (response.ok) return response;
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || retry >= policy.maxRetries) return response;
      const wait = allowedWait(response.status === 429 ? (retryAfterMs(response) ?? backOff) : backOff);
      // Not waiting, the answer itself is the failure: a 429 becomes a rate-limited error that says when to try again.
      if (wait === null) return response;
      await response.text();
      await sleep(wait);
    }
  };

  return {
    async send(label, schema, call) {
      const response = await attempt(call);
      if (!response.ok) {
        const messages = await jiraMessages(response);
        const detail = messages.length > 0 ? `: ${messages.join(' ')}` : '';
        const retryAfter = response.status === 429 ? retryAfterMs(response) : null;
        throw new JiraError(
          jiraErrorKindOf(response.status),
          response.status,
          `Jira answered ${response.status} to ${label}${detail}`,
          messages,
          retryAfter === null ? null : retryAfter / 1000,
        );
      }
      const parsed = schema.safeParse(await response.json());
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new JiraError(
          'invalid-response',
          response.status,
          `Jira's answer to ${label} did not have the expected shape (${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'})`,
        );
      }
      return parsed.data;
    },
    requestCount: () => requests,
  };
}
