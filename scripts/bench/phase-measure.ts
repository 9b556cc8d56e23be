/** What one refresh phase cost, as the benchmark prints it. */
export interface PhaseMeasure {
  /** Requests the Jira fake answered. */
  readonly requests: number;
  /** Those requests by "METHOD /path-template". */
  readonly byEndpoint: Readonly<Record<string, number>>;
  /** Jira points the fake charged for those requests. */
  readonly points: number;
  /** Response bytes the app received from Jira. */
  readonly bytesReceived: number;
  /** CPU time of the whole process (app and in-process fake), in milliseconds. */
  readonly cpuMs: number;
  /** The part of `cpuMs` spent inside the Jira fake; null when it was not metered (a delayed fake cannot be). */
  readonly fakeCpuMs: number | null;
  /** The highest heap in use seen during the phase, in bytes. */
  readonly peakHeapBytes: number;
  /**
   * The heap in use when the phase began (after a collection where Node exposes `gc`): the fake's site and what the
   * store already held. Peak minus base is what the phase itself added: the app's working set and what it stored.
   */
  readonly baseHeapBytes: number;
  readonly wallMs: number;
}
