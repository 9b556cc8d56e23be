import api from '@forge/api';
import { createJiraClient, type JiraClient } from '../adapters/jira/jira-client';
import { resolverJiraRetryPolicy } from '../adapters/jira/resolver-jira-retry-policy';

/**
 * The Jira client of one resolver invocation, acting as the calling user, whose retries fit Forge's 25 s: a throttled
 * Jira makes the resolver answer RATE_LIMITED in time rather than be killed mid-wait. Build one per invocation, since
 * the wait budget is the client's.
 */
export function createResolverJiraClient(): JiraClient {
  return createJiraClient(api.asUser(), resolverJiraRetryPolicy);
}
