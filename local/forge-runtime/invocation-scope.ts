import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What Forge knows about one function invocation: who acts, in which module, and how long is left. */
export interface Invocation {
  readonly invocationId: string;
  readonly moduleKey: string;
  /** The user behind the invocation (resolvers); null for triggers, scheduled jobs and queue consumers. */
  readonly accountId: string | null;
  /** Epoch milliseconds at which Forge would stop the function. */
  readonly deadline: number;
}

const storage = new AsyncLocalStorage<Invocation>();

/** Forge's limits: UI resolvers 25 s; async consumers and scheduled triggers up to their timeoutSeconds. */
export const RESOLVER_TIMEOUT_MS = 25_000;

/** Runs `work` as one invocation, so asUser() and the runtime's appContext see its user and module. */
export function runInInvocation<T>(scope: { moduleKey: string; accountId: string | null; timeoutMs: number }, work: () => Promise<T>): Promise<T> {
  const invocation: Invocation = {
    invocationId: randomUUID(),
    moduleKey: scope.moduleKey,
    accountId: scope.accountId,
    deadline: Date.now() + scope.timeoutMs,
  };
  return storage.run(invocation, work);
}

export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}
