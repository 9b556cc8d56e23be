import { z } from 'zod';
import type { FieldMapping } from '../../ports/field-mapping';
import type { OwnedWorkItem } from '../../ports/raid-jira';
import { jiraIssueSchema } from './jira-issue-schema';
import { toWorkItem } from './to-work-item';

const assigneeNameSchema = z.object({
  fields: z.object({ assignee: z.object({ displayName: z.string() }).nullable().optional().catch(null) }),
});

/**
 * Reads an issue as Jira answers it (GET issue or a search with fields) as a work item with its assignee's name.
 *
 * @returns null when the answer cannot be read as a work item (missing system fields, malformed key).
 */
export function toOwnedWorkItem(raw: unknown, mapping: FieldMapping): OwnedWorkItem | null {
  const parsed = jiraIssueSchema.safeParse(raw);
  if (!parsed.success) return null;
  const item = toWorkItem(parsed.data, mapping);
  if (item === null) return null;
  const names = assigneeNameSchema.safeParse(raw);
  return { issueId: parsed.data.id, item, ownerName: names.success ? (names.data.fields.assignee?.displayName ?? null) : null };
}
