/**
 * Every storage key the app writes is built here, so key shapes stay consistent and prefix queries stay correct.
 * KVS keys are at most 500 characters; project keys and ids are short.
 */
export const kvsKeys = {
  /** Marks a project whose issues changed since its last roll-up. */
  staleProject: (projectKey: string) => `stale:${projectKey}`,
  staleProjectPrefix: 'stale:',
} as const;
