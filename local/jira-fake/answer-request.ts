import type { SiteIndex } from './create-site-index';
import { createViewer } from './create-viewer';
import type { FakeReply } from './fake-reply';
import { INVALID_PAYLOAD, jiraError } from './jira-error';
import type { RouteResult } from './route-request';

/** What the fake needs of a request once it is routed. */
export interface RoutedRequest {
  readonly method: string;
  readonly url: URL;
  readonly route: RouteResult;
  readonly accountId: string | null;
  readonly body: string | undefined;
}

/** Jira's answer to a request without valid credentials. */
export const NOT_AUTHENTICATED = 'You are not authenticated. Authentication required to perform this operation.';

/**
 * Answers a routed request: 401 for an account the site does not know, 404 and 405 for paths and methods the fake
 * does not serve, Jira's "Invalid request payload" for a body that is not JSON, else the endpoint's own answer. A
 * handler that throws is a 500, as an unexpected failure in Jira would be.
 */
export function answerRequest(request: RoutedRequest, index: SiteIndex, now: Date): FakeReply {
  if (request.accountId !== null && !index.userById.has(request.accountId)) return jiraError(401, [NOT_AUTHENTICATED]);
  const { route } = request;
  if (route.kind === 'not-found') return jiraError(404, [`No REST resource matches ${request.method} ${request.url.pathname}.`]);
  if (route.kind === 'method-not-allowed') {
    return jiraError(405, [`The method ${request.method} is not allowed for ${route.template}.`], {}, { Allow: route.allowed.join(', ') });
  }
  let body: unknown;
  if (request.body !== undefined && request.body.trim() !== '') {
    try {
      body = JSON.parse(request.body);
    } catch {
      return jiraError(400, [INVALID_PAYLOAD]);
    }
  }
  try {
    const viewer = createViewer(index, request.accountId);
    return route.handler(
      { method: request.method, path: request.url.pathname, query: request.url.searchParams, body, params: route.params },
      { index, viewer, now },
    );
  } catch (error) {
    return jiraError(500, [`Internal server error: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
