/** What a surface knows about one asynchronous answer: still loading, failed with a readable message, or ready. */
export type ResolverState<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly data: T };
