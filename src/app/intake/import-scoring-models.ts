import type { ImportScoringModelsPayload } from '../../contract/intake-payloads';
import type { ScoringModelDto } from '../../contract/intake-scoring-model-dto';
import { builtInScoringModels } from '../../domain/intake/built-in-scoring-models';
import type { ScoringModel } from '../../domain/intake/scoring-model';
import { scoringModelExportSchema } from '../../domain/intake/scoring-model-export-schema';
import type { StoredScoringModel } from '../../ports/stored-scoring-model';
import { describeZodError } from '../templates/describe-zod-error';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import type { IntakeWriteDeps } from './intake-write-deps';

/** Forge applies at most 25 operations in one KVS transaction, and an import is written in one. */
const MAX_MODELS_WRITTEN_TOGETHER = 25;

const refuse = (problem: string) => new GovernanceError('BAD_REQUEST', `The file is not a valid scoring model export: ${problem}. Nothing was imported.`);

/**
 * Imports a scoring model export file, Jira administrators only. The whole file is validated first (JSON, the format,
 * every model with `scoringModelSchema`, ids unique, no built-in id, at most 25 models): a problem is BAD_REQUEST
 * naming its path from the file (`models.1.criteria.0.weight: weight must not be negative`) and nothing is written.
 * Then every model is written together as a new model or the next version of the saved one: all of them, or, when
 * someone saved one of them meanwhile, none (CONFLICT). Each imported model is audited.
 */
export async function importScoringModels(deps: IntakeWriteDeps, payload: ImportScoringModelsPayload): Promise<{ imported: readonly ScoringModelDto[] }> {
  await requireAdmin(deps.admin);
  let raw: unknown;
  try {
    raw = JSON.parse(payload.json);
  } catch (error) {
    throw new GovernanceError('BAD_REQUEST', `The file is not JSON: ${error instanceof Error ? error.message : 'unreadable'}. Nothing was imported.`);
  }
  const parsed = scoringModelExportSchema.safeParse(raw);
  if (!parsed.success) throw refuse(describeZodError(parsed.error));
  const models = parsed.data.models;
  const builtIn = models.findIndex((model) => builtInScoringModels.some((b) => b.id === model.id));
  if (builtIn >= 0) throw refuse(`models.${String(builtIn)}.id: "${models[builtIn]?.id ?? ''}" is a built-in model's id; give the copy another id`);
  if (models.length > MAX_MODELS_WRITTEN_TOGETHER)
    throw refuse(`models: an import writes at most ${String(MAX_MODELS_WRITTEN_TOGETHER)} models together; split the file`);

  const current = await Promise.all(models.map((model) => deps.models.loadModel(model.id)));
  const savedAt = deps.admin.now().toISOString();
  const name = await deps.admin.actorName();
  const stored: StoredScoringModel[] = models.map((model, index) => {
    const next: ScoringModel = { ...model, version: (current[index]?.model.version ?? 0) + 1 };
    return { model: next, savedAt, savedBy: deps.admin.actor, ...(name === null ? {} : { savedByName: name }) };
  });
  await deps.models.addModelVersions(stored);
  for (const [index, one] of stored.entries()) {
    const before = current[index] ?? null;
    await recordAudit(
      deps.admin,
      'intake.model',
      one.model.id,
      `Imported scoring model "${one.model.name}" (version ${String(one.model.version)})`,
      before?.model ?? null,
      one.model,
    );
  }
  return {
    imported: stored.map((one) => ({ model: one.model, builtIn: false, savedAt: one.savedAt, savedBy: one.savedBy, savedByName: one.savedByName ?? null })),
  };
}
