import type { SiteFile } from '../site/site-file-schema';
import { answerRequest } from './answer-request';
import { connectionResetError } from './connection-reset-error';
import { createFaultInjector } from './create-fault-injector';
import { createRateLimiter, type PointsStatus } from './create-rate-limiter';
import { createSiteIndex } from './create-site-index';
import { createTrafficRecorder, queryRecord, type TrafficLogLine, type TrafficSummary } from './create-traffic-recorder';
import type { FakeReply } from './fake-reply';
import type { FaultOptions } from './fault-options';
import { faultReply } from './fault-reply';
import type { PointsOptions } from './points-options';
import { requestPoints } from './request-points';
import { routeRequest } from './route-request';
import { updateIssue } from './update-issue';

export type { FaultOptions } from './fault-options';
export type { PointsOptions } from './points-options';

export interface FakeRequest {
  /** 'GET' | 'POST' ... */
  method: string;
  /** Path plus query string, e.g. '/rest/api/3/project/search?startAt=0&maxResults=50'. */
  path: string;
  headers?: Readonly<Record<string, string>>;
  /** Raw JSON text for POST. */
  body?: string;
  /** The acting user (asUser); null = the app itself (asApp), which sees every project. */
  accountId: string | null;
}

export interface JiraFake {
  readonly site: SiteFile;
  /** Answers one request as Jira Cloud would, with a WHATWG Response. */
  handle(request: FakeRequest): Promise<Response>;
  /** Requests answered since creation or the last resetTraffic(), and their points, by "METHOD /path-template". */
  traffic(): TrafficSummary;
  resetTraffic(): void;
  /** The points budget at the fake's clock: spent in the rolling hour and in total, remaining, quota (not reset by resetTraffic). */
  points(): PointsStatus;
  /** Changes an issue's fields (and sets fields.updated to `at`), as an edit in Jira would; appends a changelog history. */
  updateIssue(key: string, patch: Record<string, unknown>, at: Date, authorAccountId?: string): void;
}

export interface JiraFakeOptions {
  /** Clock for relative JQL dates (-7d, startOfDay()); default: real clock. */
  now?: () => Date;
  /** Injected faults, deterministic for a given seed. */
  faults?: FaultOptions;
  /** Path of a JSON-lines file: one line per request {ts, accountId, method, path, query, requestBody, status, responseBody, points}. */
  trafficLog?: string;
  /** Points quota and burst limit; points are counted always, limits enforced only when set (see PointsOptions). */
  points?: PointsOptions;
}

function parseBodyForLog(body: string | undefined): unknown {
  if (body === undefined || body === '') return null;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function toResponse(reply: FakeReply): { response: Response; bytes: number } {
  const text = reply.html === true && typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const headers = { 'Content-Type': reply.html === true ? 'text/html;charset=UTF-8' : 'application/json;charset=UTF-8', ...reply.headers };
  return { response: new Response(text, { status: reply.status, headers }), bytes: Buffer.byteLength(text) };
}

/**
 * A fake of Jira Cloud's REST API v3 over a site file, answering in-process with WHATWG Responses: the enhanced JQL
 * search and count, issue and changelog bulk fetches, issue GET, project search, categories, fields, link types,
 * myself and permissions, with per-user visibility, Jira's paging and limits, and its error shapes. The site is
 * copied, so edits through updateIssue never reach the caller's object.
 *
 * @example
 * const fake = createJiraFake(site, { now: () => new Date('2026-11-10T00:00:00Z') });
 * const response = await fake.handle({ method: 'GET', path: '/rest/api/3/myself', accountId: 'alice' });
 */
export function createJiraFake(site: SiteFile, options: JiraFakeOptions = {}): JiraFake {
  const copy = structuredClone(site);
  const index = createSiteIndex(copy);
  const faults = createFaultInjector(options.faults);
  const traffic = createTrafficRecorder(options.trafficLog);
  const clock = options.now ?? (() => new Date());
  const limiter = createRateLimiter(options.points, copy.users.length);

  return {
    site: copy,
    async handle(request) {
      const method = request.method.toUpperCase();
      const url = new URL(request.path, 'http://jira.fake');
      const route = routeRequest(method, url.pathname);
      const endpoint = `${method} ${route.kind === 'not-found' ? url.pathname : route.template}`;
      const fault = faults.next();
      if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
      const line = (status: number, responseBody: unknown, points: number, marks: Pick<TrafficLogLine, 'fault' | 'refused'> = {}): TrafficLogLine => ({
        ts: new Date().toISOString(),
        accountId: request.accountId,
        method,
        path: url.pathname,
        query: queryRecord(url.searchParams),
        requestBody: parseBodyForLog(request.body),
        status,
        responseBody,
        ...marks,
        points,
      });
      const respond = (reply: FakeReply, points: number, marks?: Pick<TrafficLogLine, 'fault' | 'refused'>): Response => {
        const { response, bytes } = toResponse(reply);
        traffic.record(endpoint, line(reply.status, reply.body, points, marks), bytes);
        return response;
      };
      if (fault.kind === 'connection-reset') {
        traffic.record(endpoint, line(0, null, 0, { fault: 'connection-reset' }), 0);
        throw connectionResetError();
      }
      // Injected faults and refusals never reach Jira's handlers: they cost no points.
      if (fault.kind !== 'none') return respond(faultReply(fault), 0, { fault: fault.kind });
      const at = clock();
      const admission = limiter.admit(endpoint, at);
      if (!admission.admitted) return respond(admission.reply, 0, { refused: admission.reason });
      const answer = answerRequest({ method, url, route, accountId: request.accountId, body: request.body }, index, at);
      const points = requestPoints(endpoint, answer.status, answer.body);
      return respond({ ...answer, headers: { ...answer.headers, ...limiter.charge(endpoint, points, at) } }, points);
    },
    traffic: () => traffic.summary(),
    resetTraffic: () => {
      traffic.reset();
    },
    points: () => limiter.status(clock()),
    updateIssue(key, patch, at, authorAccountId) {
      updateIssue(index, key, patch, at, authorAccountId);
    },
  };
}
