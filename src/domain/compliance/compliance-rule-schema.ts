import { z } from 'zod';
import { raidKinds } from '../raid/raid-kind';
import type { ComplianceRule } from './compliance-rule';
import { requirableFields } from './requirable-field';
import { ruleSeverities } from './rule-severity';

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`).max(500, `${what} is longer than 500 characters`);
const names = z.array(z.string().trim().min(1, 'names must not be empty').max(255), { error: 'must be a list of names' }).max(50);
const statusCategories = z.array(z.enum(['new', 'indeterminate', 'done'], { error: 'must be one of new, indeterminate, done' })).max(3);
const scope = z.strictObject({ issueTypes: names, statusCategories });
const selector = z.strictObject({ issueTypes: names, statusCategories, labels: names });
const days = z.number({ error: 'must be a number of days' }).int('must be a whole number of days').min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days');
const count = z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative').nullable();

const base = {
  id: z.string({ error: 'id must be text' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be 1-64 lower-case letters, digits or dashes'),
  title: text('title'),
  severity: z.enum(ruleSeverities, { error: `severity must be one of ${ruleSeverities.join(', ')}` }),
  fix: text('fix hint'),
};

/** Validates one rule from an import or the rule editor; the messages name the problem for a person to fix. */
export const complianceRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...base, kind: z.literal('field-required'), field: z.enum(requirableFields, { error: `field must be one of ${requirableFields.join(', ')}` }), scope }),
    z.strictObject({ ...base, kind: z.literal('due-date-required'), scope }),
    z.strictObject({ ...base, kind: z.literal('not-overdue'), scope }),
    z.strictObject({ ...base, kind: z.literal('no-stale-progress'), maxDays: days, scope }),
    z.strictObject({
      ...base,
      kind: z.literal('link-required'),
      linkType: z.enum(['any', 'blocks', 'is-blocked-by', 'relates', 'depends-on', 'other'], { error: 'linkType must be any, blocks, is-blocked-by, relates, depends-on or other' }),
      parentCounts: z.boolean({ error: 'parentCounts must be true or false' }),
      scope,
    }),
    z.strictObject({ ...base, kind: z.literal('owner-required'), scope }),
    z.strictObject({ ...base, kind: z.literal('mitigation-required'), minScore: z.number({ error: 'minScore must be a number' }).int('minScore must be a whole number').min(1, 'minScore must be 1..25').max(25, 'minScore must be 1..25') }),
    z.strictObject({ ...base, kind: z.literal('raid-review'), maxDays: days, raidKinds: z.array(z.enum(raidKinds, { error: `must be one of ${raidKinds.join(', ')}` })).max(4) }),
    z.strictObject({ ...base, kind: z.literal('gate-criteria'), phase: text('phase'), required: selector }),
    z
      .strictObject({ ...base, kind: z.literal('project-count'), selector, min: count, max: count })
      .refine((r) => r.min === null || r.max === null || r.min <= r.max, { message: 'min must not be above max', path: ['min'] })
      .refine((r) => r.min !== null || r.max !== null, { message: 'give a min, a max or both', path: ['min'] }),
    z.strictObject({ ...base, kind: z.literal('jql'), jql: text('jql').max(2000, 'jql is longer than 2000 characters') }),
  ],
  { error: 'kind must be one of field-required, due-date-required, not-overdue, no-stale-progress, link-required, owner-required, mitigation-required, raid-review, gate-criteria, project-count, jql' },
) satisfies z.ZodType<ComplianceRule>;
