import { appendFileSync } from 'node:fs';

/** One line of the traffic log: what was asked, as whom, and what the fake answered. */
export interface TrafficLogLine {
  readonly ts: string;
  readonly accountId: string | null;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly requestBody: unknown;
  /** 0 when the connection was reset before any answer. */
  readonly status: number;
  readonly responseBody: unknown;
  /** The injected fault, when there was one. */
  readonly fault?: 'rate-limit' | 'server-error' | 'connection-reset';
  /** Points the request cost (0 when faulted or refused), as Jira Cloud would charge the app. */
  readonly points: number;
  /** The limit that refused the request (its RateLimit-Reason), when one did. */
  readonly refused?: 'jira-burst-based' | 'jira-quota-global-based' | 'jira-quota-tenant-based';
}

export interface TrafficSummary {
  readonly total: number;
  readonly byEndpoint: Record<string, number>;
  readonly bytesSent: number;
  /** Points charged, in total and by endpoint ("METHOD /path-template"). */
  readonly points: { readonly total: number; readonly byEndpoint: Record<string, number> };
}

export interface TrafficRecorder {
  /** Counts one request and its points under its endpoint ("METHOD /path-template") and appends its line to the log, if any. */
  record(endpoint: string, line: TrafficLogLine, bytesSent: number): void;
  summary(): TrafficSummary;
  reset(): void;
}

/** Turns a query string into a record, repeated parameters into lists. */
export function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    record[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return record;
}

/**
 * Counts the fake's traffic and, given a path, writes it as JSON lines (appended synchronously, so a crash loses
 * nothing and lines keep the order requests were answered in). Faulted, refused and reset requests are counted and
 * logged too: they cost the app a request all the same, though no points.
 */
export function createTrafficRecorder(logPath?: string): TrafficRecorder {
  let total = 0;
  let bytesSent = 0;
  let byEndpoint: Record<string, number> = {};
  let points = 0;
  let pointsByEndpoint: Record<string, number> = {};
  return {
    record(endpoint, line, bytes) {
      total += 1;
      bytesSent += bytes;
      byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
      points += line.points;
      pointsByEndpoint[endpoint] = (pointsByEndpoint[endpoint] ?? 0) + line.points;
      if (logPath !== undefined) appendFileSync(logPath, `${JSON.stringify(line)}\n`);
    },
    summary: () => ({ total, byEndpoint: { ...byEndpoint }, bytesSent, points: { total: points, byEndpoint: { ...pointsByEndpoint } } }),
    reset() {
      total = 0;
      bytesSent = 0;
      byEndpoint = {};
      points = 0;
      pointsByEndpoint = {};
    },
  };
}
