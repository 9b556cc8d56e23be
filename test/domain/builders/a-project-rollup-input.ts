import type { ProjectRollupInput } from '../../../src/domain/rollup/project-rollup-input';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aProjectKey } from './a-project-key';

/** A roll-up input for project `key` (named after it, in no program unless a category is given). */
export function aProjectRollupInput(key: string, items: readonly WorkItem[], category: string | null = null): ProjectRollupInput {
  return { project: { key: aProjectKey(key), name: `Project ${key}`, category, leadId: null }, items };
}
