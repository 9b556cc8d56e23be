/** A product REST call as the local runtime hands it on: to the Jira fake or to a real site. */
export interface ProductRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** The user the call is made as (asUser); null when the app calls as itself (asApp). */
  readonly accountId: string | null;
}

export type ProductTarget = (request: ProductRequest) => Promise<Response>;

/** Where the local runtime sends what the real SDKs ask of the platform. */
export interface ForgeRuntimeTargets {
  readonly jira: ProductTarget;
  readonly confluence?: ProductTarget;
  readonly kvs: (path: string, body: string | undefined) => Promise<Response>;
  /** An @forge/events push: the queue's name and the events' bodies. */
  readonly queue: (queueName: string, events: readonly QueuedEvent[], jobId: string) => Promise<void>;
}

export interface QueuedEvent {
  readonly body: Record<string, unknown>;
  readonly delayInSeconds?: number | undefined;
  /** At most `limit` events sharing `key` run at once; the rest wait their turn, as Forge's queues do. */
  readonly concurrency?: { readonly key: string; readonly limit: number } | undefined;
}
