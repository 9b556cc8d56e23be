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
}

export interface TrafficSummary {
  readonly total: number;
  readonly byEndpoint: Record<string, number>;
  readonly bytesSent: number;
}

export interface TrafficRecorder {
  /** Counts one request under its endpoint ("METHOD /path-template") and appends its line to the log, if any. */
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
 * nothing and lines keep the order requests were answered in). Faulted and reset requests are counted and logged too:
 * they cost the app a request all the same.
 */
export function createTrafficRecorder(logPath?: string): TrafficRecorder {
  let total = 0;
  let bytesSent = 0;
  let byEndpoint: Record<string, number> = {};
  return {
    record(endpoint, line, bytes) {
      total += 1;
      bytesSent += bytes;
      byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
      if (logPath !== undefined) appendFileSync(logPath, `${JSON.stringify(line)}\n`);
    },
    summary: () => ({ total, byEndpoint: { ...byEndpoint }, bytesSent }),
    reset() {
      total = 0;
      bytesSent = 0;
      byEndpoint = {};
    },
  };
}
