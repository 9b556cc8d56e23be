import { ForgeKvsAPIError } from '@forge/kvs';

/** How a storage call is retried when the installation is over its storage quota. */
export interface StorageRetryOptions {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** The wait before the second try; each later wait doubles it. */
  readonly firstDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Five tries over about 7.5 s: Forge's storage quotas are per minute, and a refresh job has minutes to spare. */
export const defaultStorageRetry: StorageRetryOptions = {
  attempts: 5,
  firstDelayMs: 500,
  sleep: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    }),
};

/** Forge answers 429 RATE_LIMIT_EXCEEDED when an installation is over its storage operation quota. */
function isRateLimited(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.code === 'RATE_LIMIT_EXCEEDED' || error.responseDetails.status === 429);
}

/**
 * Runs a storage call, trying it again after a growing wait when Forge says the installation is over its storage
 * quota (429 RATE_LIMIT_EXCEEDED), so a large refresh slows down instead of failing. Any other error, and the last
 * refusal, is thrown as it came. Only idempotent calls (set, delete, get) may be wrapped: a refused call changed nothing.
 */
export async function withStorageRetry<T>(call: () => Promise<T>, options: StorageRetryOptions = defaultStorageRetry): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!isRateLimited(error) || attempt >= options.attempts) throw error;
      await options.sleep(options.firstDelayMs * 2 ** (attempt - 1));
    }
  }
}
