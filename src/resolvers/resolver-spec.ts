import type { z } from 'zod';
import type { ResolverDeps } from './resolver-deps';
import type { ResolverPermission } from './resolver-permission';

/** One resolver: its payload schema, who may call it, and the use case it runs with the invocation's deps. */
export interface ResolverSpec<P, T> {
  readonly payload: z.ZodType<P>;
  readonly permission: ResolverPermission;
  /** Why a caller without the permission is refused, in the reader's words. */
  readonly refusal?: string;
  readonly run: (deps: ResolverDeps, payload: P) => Promise<T>;
}
