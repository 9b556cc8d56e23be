import type { z } from 'zod';
import type { FakeReply } from '../fake-reply';
import { INVALID_PAYLOAD, jiraError } from '../jira-error';

/**
 * Reads a request body with the operation's bean schema; a missing body, a wrong type or an unknown property is
 * Jira's "Invalid request payload" 400, as Jira's strict beans answer.
 */
export function parseRequestBody<T>(schema: z.ZodType<T>, body: unknown): { readonly data: T } | { readonly reply: FakeReply } {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { data: parsed.data };
  const details = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  return { reply: jiraError(400, [INVALID_PAYLOAD], details.length > 0 ? { request: details.join('; ') } : {}) };
}
