import { z } from 'zod';

/** A Jira project key in a payload. */
export const projectKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'projectKey must be a Jira project key');

/** What a colour override sets: the overall colour or one dimension. */
export const ragOverrideTargetSchema = z.enum(['overall', 'schedule', 'scope', 'cost', 'risk', 'compliance']);
