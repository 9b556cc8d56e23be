import { z } from 'zod';
import { intakeStages } from './intake-stage';
import type { ScoringModel } from './scoring-model';
import { scoringModelKinds } from './scoring-model-kind';
import { valueEffortRoles } from './value-effort-role';
import { wsjfRoles } from './wsjf-role';

const amount = z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a finite number');

const scale = z
  .strictObject({
    min: amount.refine((min) => min >= 0, 'must not be below 0'),
    max: amount,
    steps: z.array(amount, { error: 'steps must be a list of numbers' }).min(2, 'steps must hold at least 2 values').max(30).exactOptional(),
  })
  .superRefine((s, ctx) => {
    if (s.min >= s.max) ctx.addIssue({ code: 'custom', message: `min (${String(s.min)}) must be below max (${String(s.max)})`, path: ['min'] });
    s.steps?.forEach((step, index) => {
      if (step < s.min || step > s.max)
        ctx.addIssue({ code: 'custom', message: `step ${String(step)} is outside the scale ${String(s.min)}..${String(s.max)}`, path: ['steps', index] });
    });
  });

const criterion = {
  id: z
    .string({ error: 'id must be text' })
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'id must be 1-64 letters, digits, dashes or underscores, starting with a letter'),
  name: z.string({ error: 'name must be text' }).trim().min(1, 'name must not be empty').max(120, 'name is longer than 120 characters'),
  scale,
  jiraField: z.string({ error: 'jiraField must be text or null' }).trim().min(1, 'jiraField must not be empty').max(255).nullable(),
};

const base = {
  id: z.string({ error: 'id must be text' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be 1-64 lower-case letters, digits or dashes'),
  name: z.string({ error: 'name must be text' }).trim().min(1, 'name must not be empty').max(120, 'name is longer than 120 characters'),
  version: z.number({ error: 'version must be a number' }).int('version must be a whole number').min(1, 'version must be at least 1'),
  statusStages: z
    .array(
      z.strictObject({
        status: z.string({ error: 'status must be text' }).trim().min(1, 'status must not be empty').max(255),
        stage: z.enum(intakeStages, { error: `stage must be one of ${intakeStages.join(', ')}` }),
      }),
    )
    .max(50)
    .exactOptional(),
};

function roled<const Roles extends readonly [string, ...string[]]>(roles: Roles) {
  return z.strictObject({ ...criterion, role: z.enum(roles, { error: `role must be one of ${roles.join(', ')}` }) });
}

const weighted = z.strictObject({
  ...base,
  kind: z.literal('weighted'),
  criteria: z
    .array(
      z.strictObject({
        ...criterion,
        weight: amount.refine((weight) => weight >= 0, 'weight must not be negative'),
        inverted: z.boolean({ error: 'inverted must be true or false' }),
      }),
      { error: 'criteria must be a list' },
    )
    .min(1, 'a weighted model needs at least one criterion')
    .max(30, 'a model holds at most 30 criteria'),
});
const wsjf = z.strictObject({
  ...base,
  kind: z.literal('wsjf'),
  criteria: z.array(roled(wsjfRoles), { error: 'criteria must be a list' }).max(wsjfRoles.length),
});
const valueEffort = z.strictObject({
  ...base,
  kind: z.literal('value-effort'),
  criteria: z.array(roled(valueEffortRoles), { error: 'criteria must be a list' }).max(valueEffortRoles.length),
});

/** The role whose criterion the score divides by, so its scale must start above zero. */
const divisorRole = { weighted: null, wsjf: 'jobSize', 'value-effort': 'effort' } as const;

/**
 * Validates a whole scoring model, as saved or imported: every field, and the relations between them (criterion ids
 * unique, scales with min below max and steps inside them, a weighted model's weights not summing to zero, each role of
 * a WSJF or value/effort model filled exactly once, a divisor's scale above zero, each status mapped once). Errors
 * carry the path to the problem, e.g. `criteria.2.weight: must be a number`.
 *
 * @example
 * scoringModelSchema.safeParse(wsjfScoringModel).success; // true
 * scoringModelSchema.safeParse({ ...weightedScoringModel, criteria: [] }).error?.issues[0]?.message;
 * // 'a weighted model needs at least one criterion'
 */
export const scoringModelSchema = z
  .discriminatedUnion('kind', [weighted, wsjf, valueEffort], { error: `kind must be one of ${scoringModelKinds.join(', ')}` })
  .superRefine((model, ctx) => {
    const ids = new Set<string>();
    model.criteria.forEach((c, index) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `criterion id "${c.id}" is used twice`, path: ['criteria', index, 'id'] });
      ids.add(c.id);
    });
    if (model.kind === 'weighted') {
      if (model.criteria.length > 0 && model.criteria.every((c) => c.weight === 0))
        ctx.addIssue({ code: 'custom', message: 'the weights sum to zero: at least one criterion needs a weight above 0', path: ['criteria'] });
    } else {
      const roles: readonly string[] = model.kind === 'wsjf' ? wsjfRoles : valueEffortRoles;
      const filled = new Set<string>();
      model.criteria.forEach((c, index) => {
        if (filled.has(c.role)) ctx.addIssue({ code: 'custom', message: `role "${c.role}" is filled twice`, path: ['criteria', index, 'role'] });
        filled.add(c.role);
        if (c.role === divisorRole[model.kind] && c.scale.min <= 0)
          ctx.addIssue({
            code: 'custom',
            message: `the ${c.role} scale must start above 0: the score divides by it`,
            path: ['criteria', index, 'scale', 'min'],
          });
      });
      const missing = roles.filter((role) => !filled.has(role));
      if (missing.length > 0)
        ctx.addIssue({ code: 'custom', message: `a ${model.kind} model needs a criterion for ${missing.join(', ')}`, path: ['criteria'] });
    }
    const statuses = new Set<string>();
    model.statusStages?.forEach((mapped, index) => {
      const status = mapped.status.toLowerCase();
      if (statuses.has(status)) ctx.addIssue({ code: 'custom', message: `status "${mapped.status}" is mapped twice`, path: ['statusStages', index, 'status'] });
      statuses.add(status);
    });
  }) satisfies z.ZodType<ScoringModel>;
