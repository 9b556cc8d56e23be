/**
 * Who may call a resolver at all, checked before its payload: `anyone` the invocation lets through (Jira then answers
 * as them), `signed-in` only a call that names a Jira account. Finer rules (admin, browsable project) belong to the
 * use case, which asks Jira as the caller.
 */
export type ResolverPermission = 'anyone' | 'signed-in';
