import { z } from 'zod';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { ProjectRollup } from '../../domain/rollup/project-rollup';

export const refreshRecordSchema = z.object({
  asOf: z.string(),
  readStartedAt: z.string(),
  mode: z.enum(['full', 'incremental']),
  partial: z.boolean(),
  itemCount: z.number(),
  skippedIssues: z.number(),
  unfinished: z.literal(true).optional(),
  fieldMappingKey: z.string().optional(),
  jiraCategory: z.string().nullable().optional(),
});

const sections = ['counts', 'progress', 'milestones', 'gates', 'raid', 'plan', 'earnedValue', 'compliance', 'rag', 'overall'] as const;

/**
 * Roll-ups are written only by this app and computed by the domain, so reading one back checks its identity and
 * that every section is there (a value from an older format fails and is recomputed), not every figure.
 */
function looksLikeRollup(value: unknown): value is ProjectRollup {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const project = record.project;
  if (typeof project !== 'object' || project === null || !('key' in project) || typeof project.key !== 'string') return false;
  if (parseProjectKey(project.key) === null || typeof record.asOf !== 'string') return false;
  return sections.every((section) => typeof record[section] === 'object' && record[section] !== null);
}

/** Roll-ups stored before decisions were a RAID kind of their own counted none: they read back with zero decisions. */
function withDecisionCounts(rollup: ProjectRollup): ProjectRollup {
  const byKind: Partial<ProjectRollup['raid']['byKind']> = rollup.raid.byKind;
  if (byKind.decision !== undefined) return rollup;
  return { ...rollup, raid: { ...rollup.raid, byKind: { ...rollup.raid.byKind, decision: { total: 0, open: 0 } } } };
}

/** A project roll-up the app wrote: its identity and every section present. */
export const projectRollupSchema = z.custom<ProjectRollup>(looksLikeRollup, 'not a project roll-up').transform(withDecisionCounts);

/** A stored roll-up with its refresh record, as `rollup:<KEY>` and each dated snapshot hold it. */
export const storedRollupSchema = z.object({
  version: z.literal(1),
  refresh: refreshRecordSchema,
  rollup: projectRollupSchema,
});

/** A dated snapshot: the day and the roll-up. */
export const storedSnapshotSchema = z.object({
  version: z.literal(1),
  day: z.string(),
  rollup: projectRollupSchema,
});
