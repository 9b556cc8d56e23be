import { builtInScoringModels } from '../../../src/domain/intake/built-in-scoring-models';
import { scoringModelExportSchema } from '../../../src/domain/intake/scoring-model-export-schema';
import { scoringModelSchema } from '../../../src/domain/intake/scoring-model-schema';
import { valueEffortScoringModel } from '../../../src/domain/intake/value-effort-scoring-model';
import { weightedScoringModel } from '../../../src/domain/intake/weighted-scoring-model';
import { wsjfScoringModel } from '../../../src/domain/intake/wsjf-scoring-model';

type Model = Record<string, unknown> & { criteria: Record<string, unknown>[] };
type Mutation = (m: Model) => void;
const clone = (model: object): Model => JSON.parse(JSON.stringify(model)) as Model;
const criterion = (m: Model, index: number): Record<string, unknown> => m.criteria[index] ?? {};

function problems(value: unknown): string[] {
  const parsed = scoringModelSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('scoringModelSchema', () => {
  it.each(builtInScoringModels.map((m) => [m.name, m] as const))('accepts the built-in model %s', (_name, model) => {
    expect(problems(model)).toEqual([]);
  });

  it('accepts a workflow status mapping', () => {
    expect(problems({ ...wsjfScoringModel, statusStages: [{ status: 'In Review', stage: 'screening' }] })).toEqual([]);
  });

  it.each<[string, object, Mutation, string]>([
    ['a weight that is not a number', weightedScoringModel, (m) => void (criterion(m, 1).weight = '30'), 'criteria.1.weight: must be a number'],
    ['a negative weight', weightedScoringModel, (m) => void (criterion(m, 0).weight = -5), 'criteria.0.weight: weight must not be negative'],
    [
      'weights that sum to zero',
      weightedScoringModel,
      (m) => {
        for (const c of m.criteria) c.weight = 0;
      },
      'criteria: the weights sum to zero: at least one criterion needs a weight above 0',
    ],
    [
      'a scale whose min equals its max',
      weightedScoringModel,
      (m) => void (criterion(m, 2).scale = { min: 5, max: 5 }),
      'criteria.2.scale.min: min (5) must be below max (5)',
    ],
    [
      'a scale whose min is above its max',
      weightedScoringModel,
      (m) => void (criterion(m, 0).scale = { min: 9, max: 1 }),
      'criteria.0.scale.min: min (9) must be below max (1)',
    ],
    ['a scale below zero', weightedScoringModel, (m) => void (criterion(m, 0).scale = { min: -1, max: 5 }), 'criteria.0.scale.min: must not be below 0'],
    [
      'a step outside its scale',
      wsjfScoringModel,
      (m) => void (criterion(m, 0).scale = { min: 0, max: 20, steps: [0, 40] }),
      'criteria.0.scale.steps.1: step 40 is outside the scale 0..20',
    ],
    ['a duplicate criterion id', weightedScoringModel, (m) => void (criterion(m, 3).id = 'value'), 'criteria.3.id: criterion id "value" is used twice'],
    ['a weighted model with no criteria', weightedScoringModel, (m) => void (m.criteria = []), 'criteria: a weighted model needs at least one criterion'],
    ['WSJF with a missing role', wsjfScoringModel, (m) => void m.criteria.splice(3, 1), 'criteria: a wsjf model needs a criterion for jobSize'],
    [
      'WSJF with a role filled twice',
      wsjfScoringModel,
      (m) => void (criterion(m, 1).role = 'businessValue'),
      'criteria.1.role: role "businessValue" is filled twice',
    ],
    [
      'WSJF with an unknown role',
      wsjfScoringModel,
      (m) => void (criterion(m, 0).role = 'value'),
      'criteria.0.role: role must be one of businessValue, timeCriticality, riskReduction, jobSize',
    ],
    [
      'a job size scale that starts at 0',
      wsjfScoringModel,
      (m) => void (criterion(m, 3).scale = { min: 0, max: 20 }),
      'criteria.3.scale.min: the jobSize scale must start above 0: the score divides by it',
    ],
    [
      'value/effort without effort',
      valueEffortScoringModel,
      (m) => void m.criteria.splice(1, 1),
      'criteria: a value-effort model needs a criterion for effort',
    ],
    ['an unknown kind', weightedScoringModel, (m) => void (m.kind = 'rice'), 'kind: kind must be one of weighted, wsjf, value-effort'],
    ['a fractional version', wsjfScoringModel, (m) => void (m.version = 1.5), 'version: version must be a whole number'],
    ['an empty criterion name', weightedScoringModel, (m) => void (criterion(m, 0).name = ' '), 'criteria.0.name: name must not be empty'],
    ['an unknown field', weightedScoringModel, (m) => void (m.formula = 'x'), ': Unrecognized key: "formula"'],
    [
      'an unknown stage',
      wsjfScoringModel,
      (m) => void (m.statusStages = [{ status: 'Done', stage: 'done' }]),
      'statusStages.0.stage: stage must be one of submitted, screening, approved, deferred, rejected',
    ],
    [
      'a status mapped twice',
      wsjfScoringModel,
      (m) =>
        void (m.statusStages = [
          { status: 'Done', stage: 'approved' },
          { status: 'done', stage: 'rejected' },
        ]),
      'statusStages.1.status: status "done" is mapped twice',
    ],
  ])('refuses %s with a message at its path', (_case, model, mutate, expected) => {
    const changed = clone(model);
    mutate(changed);
    expect(problems(changed)).toContain(expected);
  });
});

describe('scoringModelExportSchema', () => {
  const file = (models: unknown[]) => ({ format: 'pmo-governance-scoring-models', formatVersion: 1, models });

  it('accepts an export of the built-in models', () => {
    expect(scoringModelExportSchema.safeParse(file([...builtInScoringModels])).success).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['a template export', { format: 'pmo-governance-templates', formatVersion: 1, models: [wsjfScoringModel] }, 'format'],
    ['a model id twice', file([wsjfScoringModel, wsjfScoringModel]), 'models.1.id'],
    ['an empty file', file([]), 'models'],
    ['a bad model inside', file([{ ...weightedScoringModel, criteria: [{ ...weightedScoringModel.criteria[0], weight: 'x' }] }]), 'models.0.criteria.0.weight'],
  ])('refuses %s at its path', (_case, value, path) => {
    const parsed = scoringModelExportSchema.safeParse(value);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
