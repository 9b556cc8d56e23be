import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { JiraRequester } from './jira-client';
import { pointsOfAnswer } from './points-of-answer';
import { rateLimitReasonOf, type RateLimitReason } from './rate-limit-reasons';

/** What a metered requester tells about each answer, and asks before each request. */
export interface RequestMeter {
  /** Asked before every request: throw to refuse it (the budget is spent). */
  beforeRequest(): void;
  /** One answer: the points it cost and, for a 429, the limit it names and its Retry-After in seconds. */
  afterAnswer(answer: {
    readonly points: number;
    readonly rateLimit: { readonly reason: RateLimitReason | null; readonly retryAfterSeconds: number | null } | null;
  }): void | Promise<void>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The answer with its body read once, to be counted here and read again by the caller. */
function rereadable(response: APIResponse, text: string): APIResponse {
  return {
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text)),
    arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
  };
}

/**
 * Wraps a requester (asApp() or asUser()) so that every request passes `meter.beforeRequest()` first and every answer
 * is charged in points by Jira's model (see pointsOfAnswer). The answer itself is handed on untouched.
 */
export function createMeteredRequester(inner: JiraRequester, meter: RequestMeter): JiraRequester {
  return {
    async requestJira(path: Route, init?: RequestInit): Promise<APIResponse> {
      meter.beforeRequest();
      const answered = await inner.requestJira(path, init);
      const text = await answered.text();
      const response = rereadable(answered, text);
      const method = (init?.method ?? 'GET').toUpperCase();
      const points = pointsOfAnswer(method, path.value, response.status, response.ok ? parseJson(text) : null);
      const retryAfterHeader = response.headers.get('retry-after');
      const retryAfter = retryAfterHeader === null ? Number.NaN : Number(retryAfterHeader);
      const rateLimit =
        response.status === 429
          ? { reason: rateLimitReasonOf(response.headers), retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null }
          : null;
      await meter.afterAnswer({ points, rateLimit });
      return response;
    },
  };
}
