// zod/mini: the rule kind registry is read by the browser too (labels, defaults), and the mini API tree-shakes where
// the classic one carries every locale along. Classic schemas (the template's) accept these as they are.
import * as z from 'zod/mini';
import { raidKinds, type RaidKind } from '../raid/raid-kind';
import { statusCategories } from '../work-item/status-category';
import { workItemLinkTypes, type WorkItemLinkType } from '../work-item/work-item-link-type';
import type { ItemSelector } from './item-selector';
import { requirableFields } from './requirable-field';
import type { RuleScope } from './rule-scope';
import { ruleSeverities } from './rule-severity';

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
const text = (what: string, max = 500) =>
  z
    .string({ error: `${what} must be text` })
    .check(z.trim(), z.minLength(1, `${what} must not be empty`), z.maxLength(max, `${what} is longer than ${String(max)} characters`));
const names = z
  .array(z.string().check(z.trim(), z.minLength(1, 'names must not be empty'), z.maxLength(255)), { error: 'must be a list of names' })
  .check(z.maxLength(50));
const categories = z.array(z.enum(statusCategories, { error: oneOf(statusCategories) })).check(z.maxLength(3));
const scope: z.ZodMiniType<RuleScope> = z.strictObject({ issueTypes: names, statusCategories: categories });
const selector: z.ZodMiniType<ItemSelector> = z.strictObject({ issueTypes: names, statusCategories: categories, labels: names });
const linkTypes = ['any', ...workItemLinkTypes] as const;
const raidKindList: z.ZodMiniType<readonly RaidKind[]> = z.array(z.enum(raidKinds, { error: oneOf(raidKinds) })).check(z.maxLength(raidKinds.length));

/**
 * The settings rules are made of, each validated once with messages that name the problem for a person to fix. A rule
 * kind builds its schema from `base` and the fields it needs.
 */
export const ruleFields = {
  base: {
    id: z.string({ error: 'id must be text' }).check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be 1-64 lower-case letters, digits or dashes')),
    title: text('title'),
    severity: z.enum(ruleSeverities, { error: `severity ${oneOf(ruleSeverities)}` }),
    fix: text('fix hint'),
  },
  text,
  scope,
  selector,
  days: z
    .number({ error: 'must be a number of days' })
    .check(z.int('must be a whole number of days'), z.gte(1, 'must be at least 1 day'), z.lte(3650, 'must be at most 3650 days')),
  count: z.nullable(z.number({ error: 'must be a number' }).check(z.int('must be a whole number'), z.gte(0, 'must not be negative'))),
  riskScore: (what: string) =>
    z
      .number({ error: `${what} must be a number` })
      .check(z.int(`${what} must be a whole number`), z.gte(1, `${what} must be 1..25`), z.lte(25, `${what} must be 1..25`)),
  requirableField: z.enum(requirableFields, { error: `field ${oneOf(requirableFields)}` }),
  linkType: z.enum(linkTypes, {
    error: `linkType must be ${linkTypes.slice(0, -1).join(', ')} or ${linkTypes[linkTypes.length - 1] ?? ''}`,
  }) satisfies z.ZodMiniType<WorkItemLinkType | 'any'>,
  flag: (what: string) => z.boolean({ error: `${what} must be true or false` }),
  raidKinds: raidKindList,
};
