import { buildScoringModelExport } from '../../../../../static/app/src/intake-admin/build-scoring-model-export';
import { checkScoringModelDraft } from '../../../../../static/app/src/intake-admin/check-scoring-model-draft';
import { cloneScoringModel } from '../../../../../static/app/src/intake-admin/clone-scoring-model';
import { draftOfScoringModel } from '../../../../../static/app/src/intake-admin/draft-of-scoring-model';
import { parsePathProblems } from '../../../../../static/app/src/intake-admin/parse-path-problems';
import type { ScoringModelDraft } from '../../../../../static/app/src/intake-admin/scoring-model-draft';
import { valueEffortScoringModel } from '../../../../../src/domain/intake/value-effort-scoring-model';
import { scoringModelExportSchema } from '../../../../../src/domain/intake/scoring-model-export-schema';
import { scoringModelSchema } from '../../../../../src/domain/intake/scoring-model-schema';
import { weightedScoringModel } from '../../../../../src/domain/intake/weighted-scoring-model';
import { wsjfScoringModel } from '../../../../../src/domain/intake/wsjf-scoring-model';

const weighted = draftOfScoringModel(weightedScoringModel);
const withCriterion = (draft: ScoringModelDraft, index: number, change: Partial<ScoringModelDraft['criteria'][number]>): ScoringModelDraft => ({
  ...draft,
  criteria: draft.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)),
});

describe('the scoring model editor draft', () => {
  it.each([wsjfScoringModel, weightedScoringModel, valueEffortScoringModel])('gives back the model it was made from, unchanged, for $name', (model) => {
    expect(checkScoringModelDraft(draftOfScoringModel(model), model.version)).toEqual({ ok: true, model });
  });

  it('keeps a status mapping and writes a model the domain schema accepts', () => {
    const draft = { ...draftOfScoringModel(wsjfScoringModel), statusStages: [{ status: ' Approved ', stage: 'approved' as const }] };
    const checked = checkScoringModelDraft(draft, 3);
    expect(checked.ok && checked.model.statusStages).toEqual([{ status: 'Approved', stage: 'approved' }]);
    expect(checked.ok && scoringModelSchema.safeParse(checked.model).success).toBe(true);
  });

  it.each([
    ['a weight that is not a number', withCriterion(weighted, 2, { weight: 'heavy' }), 'criteria.2.weight', 'weight must be a number'],
    ['a negative weight', withCriterion(weighted, 0, { weight: '-1' }), 'criteria.0.weight', 'weight must not be negative'],
    ['an empty weight', withCriterion(weighted, 1, { weight: ' ' }), 'criteria.1.weight', 'weight is needed'],
    ['a min above the max', withCriterion(weighted, 0, { min: '5', max: '1' }), 'criteria.0.scale.min', 'min (5) must be below max (1)'],
    ['a min below 0', withCriterion(weighted, 3, { min: '-2' }), 'criteria.3.scale.min', 'must not be below 0'],
    ['a step that is not a number', withCriterion(weighted, 0, { steps: '1, two' }), 'criteria.0.scale.steps', 'steps must be numbers, separated by commas'],
    ['an empty name', { ...weighted, name: '  ' }, 'name', 'name must not be empty'],
    [
      'weights summing to zero',
      { ...weighted, criteria: weighted.criteria.map((c) => ({ ...c, weight: '0' })) },
      'criteria',
      'the weights sum to zero: at least one criterion needs a weight above 0',
    ],
  ])('refuses %s at the path the server names', (_what, draft, path, message) => {
    expect(checkScoringModelDraft(draft, 1)).toEqual({ ok: false, problems: [{ path, message }] });
  });
});

describe('server problems by path', () => {
  it.each([
    [
      'The scoring model is not valid: criteria.0.weight: weight must not be negative; criteria: the weights sum to zero (and 2 more)',
      [
        { path: 'criteria.0.weight', message: 'weight must not be negative' },
        { path: 'criteria', message: 'the weights sum to zero' },
      ],
    ],
    [
      'The file is not a valid scoring model export: models.1.criteria.0.weight: must be a number. Nothing was imported.',
      [{ path: 'models.1.criteria.0.weight', message: 'must be a number' }],
    ],
    [
      'The scoring model is not valid: (top level): kind must be one of weighted, wsjf, value-effort',
      [{ path: '', message: 'kind must be one of weighted, wsjf, value-effort' }],
    ],
    ['Not allowed', []],
  ])('reads %j', (message, problems) => {
    expect(parsePathProblems(message)).toEqual(problems);
  });
});

describe('cloning and exporting models', () => {
  it('names a clone with an id no model has, "(copy)" after its name, as version 1', () => {
    expect(cloneScoringModel({ ...wsjfScoringModel, version: 4 }, ['wsjf', 'wsjf-copy'])).toEqual({
      ...wsjfScoringModel,
      id: 'wsjf-copy-2',
      name: 'WSJF (copy)',
      version: 1,
    });
  });

  it('writes an export file the import schema reads back whole', () => {
    const models = [cloneScoringModel(weightedScoringModel, []), cloneScoringModel(wsjfScoringModel, [])];
    const parsed = scoringModelExportSchema.safeParse(JSON.parse(buildScoringModelExport(models, '2026-11-20T12:00:00.000Z')));
    expect(parsed.success && parsed.data.models).toEqual(models);
  });
});
