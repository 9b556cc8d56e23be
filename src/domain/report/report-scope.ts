/** What a status report covers: the whole portfolio, some programs (by name) or some projects (by key). */
export type ReportScope =
  | { readonly kind: 'portfolio' }
  | { readonly kind: 'programs'; readonly names: readonly string[] }
  | { readonly kind: 'projects'; readonly keys: readonly string[] };
