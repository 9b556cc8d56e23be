import { z } from 'zod';
import { decidedOutcomes } from '../change-control/change-outcome';
import { defaultChangePolicy } from '../change-control/default-change-policy';
import { complianceRuleSchema } from '../compliance/compliance-rule-schema';
import { defaultRagPolicy } from '../rag/default-rag-policy';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { riskSeverities } from '../raid/risk-severity';
import type { Template } from './template';
import { fieldRoles } from './field-overrides';
import { methodologies } from './methodology';

const fraction = z.number({ error: 'must be a number' });
const below = z
  .strictObject({ amberBelow: fraction, redBelow: fraction })
  .refine((t) => t.redBelow <= t.amberBelow, { message: 'redBelow must not be above amberBelow', path: ['redBelow'] });
const above = z
  .strictObject({ amberAbove: fraction, redAbove: fraction })
  .refine((t) => t.redAbove >= t.amberAbove, { message: 'redAbove must not be below amberAbove', path: ['redAbove'] });
const atLeast = z
  .strictObject({ amberAtLeast: fraction, redAtLeast: fraction })
  .refine((t) => t.redAtLeast >= t.amberAtLeast, { message: 'redAtLeast must not be below amberAtLeast', path: ['redAtLeast'] });
const riskThreshold = z.strictObject({
  severityAtLeast: z.enum(riskSeverities, { error: `must be one of ${riskSeverities.join(', ')}` }),
  openRisksAtLeast: z.number().int().min(1, 'must be at least 1'),
});
const names = z.array(z.string().trim().min(1).max(255)).max(50);
// Templates saved before decisions were a RAID kind of their own recognise them the default way.
const kinds = (decisionDefault: readonly string[]) =>
  z.strictObject({ risk: names, assumption: names, issue: names, dependency: names, decision: names.default([...decisionDefault]) });
const plainDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date yyyy-mm-dd');
const score = z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1..25').max(25, 'must be 1..25');

/**
 * Validates a whole template, as imported or saved: every field, every rule, and the relations between them (rule ids
 * unique, thresholds in order, gate rules naming a phase of the template). Errors carry the path to the problem.
 */
export const templateSchema = z
  .strictObject({
    id: z.string({ error: 'id must be text' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be 1-64 lower-case letters, digits or dashes'),
    name: z.string({ error: 'name must be text' }).trim().min(1, 'name must not be empty').max(120, 'name is longer than 120 characters'),
    description: z.string({ error: 'description must be text' }).max(2000, 'description is longer than 2000 characters'),
    version: z.number({ error: 'version must be a number' }).int('version must be a whole number').min(1, 'version must be at least 1'),
    methodology: z.enum(methodologies, { error: `methodology must be one of ${methodologies.join(', ')}` }),
    phases: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1, 'phase name must not be empty').max(120),
          label: z.string().trim().max(255),
          start: plainDate.nullable(),
          gate: z.string().max(500),
        }),
      )
      .max(30),
    rules: z.array(complianceRuleSchema, { error: 'rules must be a list' }).max(100, 'a template holds at most 100 rules'),
    ragPolicy: z.strictObject({
      // Templates saved before change control rate uncontrolled slips by the default thresholds.
      schedule: z.strictObject({
        spi: below,
        overdueMilestones: atLeast,
        uncontrolledSlips: atLeast.default({ ...defaultRagPolicy.schedule.uncontrolledSlips }),
      }),
      scope: z.strictObject({ pointsBehindPlan: above }),
      cost: z.strictObject({ cpi: below }),
      risk: z.strictObject({ amber: riskThreshold, red: riskThreshold }),
      compliance: z.strictObject({ score: below }),
      overall: z.enum(['worst', 'worst-of-non-grey'], { error: 'overall must be worst or worst-of-non-grey' }),
    }),
    raidPolicy: z.strictObject({
      mapping: z.strictObject({ issueTypes: kinds(defaultRaidMapping.issueTypes.decision), labels: kinds(defaultRaidMapping.labels.decision) }),
      riskBands: z
        .strictObject({ medium: score, high: score, critical: score })
        .refine((b) => b.medium <= b.high && b.high <= b.critical, { message: 'bands must rise: medium <= high <= critical', path: ['high'] }),
    }),
    // Templates saved before change control recognise change requests and workflow decisions the default way.
    changePolicy: z
      .strictObject({
        issueTypes: names,
        labels: names,
        statusDecisions: z
          .array(
            z.strictObject({
              status: z.string().trim().min(1, 'status must not be empty').max(255),
              outcome: z.enum(decidedOutcomes, { error: `outcome must be one of ${decidedOutcomes.join(', ')}` }),
            }),
          )
          .max(50),
      })
      .default(() => ({
        issueTypes: [...defaultChangePolicy.issueTypes],
        labels: [...defaultChangePolicy.labels],
        statusDecisions: defaultChangePolicy.statusDecisions.map((mapped) => ({ ...mapped })),
      })),
    fieldMapping: z.partialRecord(
      z.enum(fieldRoles, { error: 'unknown field role' }),
      z.string().regex(/^customfield_\d+$/, 'must be a custom field id such as customfield_10016'),
    ),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `rule id "${rule.id}" is used twice`, path: ['rules', index, 'id'] });
      seen.add(rule.id);
      if (rule.kind === 'gate-criteria' && !template.phases.some((p) => p.name.toLowerCase() === rule.phase.toLowerCase())) {
        ctx.addIssue({ code: 'custom', message: `phase "${rule.phase}" is not one of the template's phases`, path: ['rules', index, 'phase'] });
      }
    });
    const phaseNames = new Set<string>();
    template.phases.forEach((phase, index) => {
      if (phaseNames.has(phase.name.toLowerCase()))
        ctx.addIssue({ code: 'custom', message: `phase "${phase.name}" is named twice`, path: ['phases', index, 'name'] });
      phaseNames.add(phase.name.toLowerCase());
    });
  }) satisfies z.ZodType<Template>;
