import type { Brand } from './brand';

/** A Jira project key such as `PMO`. Made only by `parseProjectKey` (or `projectKeyOf` from an issue key). */
export type ProjectKey = Brand<string, 'ProjectKey'>;
