import { ForgeKvsAPIError } from '@forge/kvs';

/** Whether a KVS write failed because its key exists and it was written with FAIL_IF_EXISTS: someone wrote first. */
export const isKeyConflict = (error: unknown): boolean => error instanceof ForgeKvsAPIError && error.code === 'KEY_CONFLICT';
