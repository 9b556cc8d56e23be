import api from '@forge/api';
import { createMeteredRequester } from '../adapters/jira/create-metered-requester';
import { createPagesMeter } from '../adapters/jira/create-pages-meter';
import { createJiraClient, type JiraClient } from '../adapters/jira/jira-client';
import { createPointsLedger } from '../adapters/kvs/create-points-ledger';
import { jiraRetryPolicies } from '../adapters/jira/jira-retry-policies';

/**
 * The Jira client of one resolver invocation, acting as the calling user, whose retries fit Forge's 25 s: a throttled
 * Jira makes the resolver answer RATE_LIMITED in time rather than be killed mid-wait. Build one per invocation, since
 * the wait budget is the client's. `nowMs` is the clock the pages' spending is recorded by.
 */
export function createResolverJiraClient(nowMs: () => number): JiraClient {
  // Every answer is counted in points and recorded as the pages' spending (see the points budget on the admin page).
  return createJiraClient(createMeteredRequester(api.asUser(), createPagesMeter(createPointsLedger(), nowMs)), jiraRetryPolicies.resolvers);
}
