import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { templateSchema } from '../../domain/template/template-schema';
import { auditActions, type AuditEntry } from '../../ports/audit-entry';
import type { ProjectAssignment } from '../../ports/project-assignment';
import type { StoredTemplate } from '../../ports/stored-template';
import type { TemplateStore } from '../../ports/template-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { isKeyConflict } from './is-key-conflict';

const storedTemplateSchema = z.object({ template: templateSchema, savedAt: z.string(), savedBy: z.string() });
const assignmentSchema = z.object({ projectKey: z.string(), templateId: z.string().nullable(), program: z.string().nullable() });
const auditSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  byName: z.string().nullable(),
  action: z.enum(auditActions),
  target: z.string(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

function parseAll<T>(schema: z.ZodType<T>, values: readonly unknown[]): T[] {
  return values.flatMap((value) => {
    const parsed = schema.safeParse(value);
    // A record that no longer parses (written by an older release) is skipped rather than failing the whole page.
    return parsed.success ? [parsed.data] : [];
  });
}

const deletionMarkerSchema = z.object({ deletingSince: z.string() });

/**
 * The template store over Forge's key-value store. Each template version is its own key written with
 * FAIL_IF_EXISTS, so two admins saving over the same version cannot both win: the second gets `conflict`.
 */
export function createTemplateStore(): TemplateStore {
  return {
    async listTemplates() {
      const latest = new Map<string, StoredTemplate>();
      // Keys sort by id and then by zero-padded version, so the last one seen per id is its latest version.
      for (const stored of parseAll(
        storedTemplateSchema,
        (await queryByPrefix(kvsKeys.templatePrefix)).map((r) => r.value),
      ))
        latest.set(stored.template.id, stored);
      return [...latest.values()];
    },
    async loadTemplate(id) {
      const versions = parseAll(
        storedTemplateSchema,
        (await queryByPrefix(kvsKeys.templateVersionsPrefix(id))).map((r) => r.value),
      );
      return versions.at(-1) ?? null;
    },
    async addTemplateVersion(stored) {
      try {
        await kvs.set(kvsKeys.templateVersion(stored.template.id, stored.template.version), stored, { keyPolicy: 'FAIL_IF_EXISTS' });
        return 'saved';
      } catch (error) {
        if (isKeyConflict(error)) return 'conflict';
        throw error;
      }
    },
    async deleteTemplate(id, version) {
      // The marker takes the next version's key, which no template record parses as; versions sort by number, so it
      // is deleted last and holds off racing saves until every version is gone.
      const marker = kvsKeys.templateVersion(id, version + 1);
      try {
        await kvs.set(marker, { deletingSince: new Date().toISOString() }, { keyPolicy: 'FAIL_IF_EXISTS' });
      } catch (error) {
        if (!isKeyConflict(error)) throw error;
        // A newer version wins; a marker means a delete of this version began (and perhaps stopped part-way): deleting
        // is the same whoever finishes it, so this one completes it rather than leave a template no one can change.
        if (!deletionMarkerSchema.safeParse(await kvs.get(marker)).success) return 'conflict';
      }
      for (const { key } of await queryByPrefix(kvsKeys.templateVersionsPrefix(id))) await kvs.delete(key);
      return 'deleted';
    },
    async listAssignments() {
      return parseAll(
        assignmentSchema,
        (await queryByPrefix(kvsKeys.projectAssignmentPrefix)).map((r) => r.value),
      );
    },
    async loadAssignment(projectKey) {
      const parsed = assignmentSchema.safeParse(await kvs.get(kvsKeys.projectAssignment(projectKey)));
      return parsed.success ? parsed.data : null;
    },
    async saveAssignment(assignment: ProjectAssignment) {
      if (assignment.templateId === null && assignment.program === null) await kvs.delete(kvsKeys.projectAssignment(assignment.projectKey));
      else await kvs.set(kvsKeys.projectAssignment(assignment.projectKey), assignment);
    },
    async appendAudit(entry: AuditEntry) {
      await kvs.set(kvsKeys.auditEntry(entry.at, entry.id), entry, { keyPolicy: 'FAIL_IF_EXISTS' });
    },
    async listAudit(limit) {
      const entries = parseAll(
        auditSchema,
        (await queryByPrefix(kvsKeys.auditPrefix)).map((r) => r.value),
      );
      return entries.reverse().slice(0, limit);
    },
  };
}
