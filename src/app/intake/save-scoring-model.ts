import type { SaveScoringModelPayload } from '../../contract/intake-payloads';
import type { ScoringModelDto } from '../../contract/intake-scoring-model-dto';
import { builtInScoringModels } from '../../domain/intake/built-in-scoring-models';
import type { ScoringModel } from '../../domain/intake/scoring-model';
import { scoringModelSchema } from '../../domain/intake/scoring-model-schema';
import { describeZodError } from '../templates/describe-zod-error';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import type { IntakeWriteDeps } from './intake-write-deps';

/**
 * Saves a scoring model edited from `expectedVersion` (0 for a new one) as its next version, Jira administrators only.
 * The model is validated whole first (a weight that is not a number, a scale out of range, weights summing to zero):
 * BAD_REQUEST naming each problem's path, and nothing written. Built-in models are read-only. A save over a version
 * someone else has moved past, or racing another save of the same version, gets CONFLICT and changes nothing. Audited.
 */
export async function saveScoringModel(deps: IntakeWriteDeps, payload: SaveScoringModelPayload): Promise<ScoringModelDto> {
  await requireAdmin(deps.admin);
  const parsed = scoringModelSchema.safeParse(payload.model);
  if (!parsed.success) throw new GovernanceError('BAD_REQUEST', `The scoring model is not valid: ${describeZodError(parsed.error)}`);
  const draft = parsed.data;
  if (builtInScoringModels.some((model) => model.id === draft.id))
    throw new GovernanceError('BAD_REQUEST', `"${draft.id}" is a built-in scoring model and cannot be changed; save a copy under another id.`);
  const current = await deps.models.loadModel(draft.id);
  const currentVersion = current?.model.version ?? 0;
  if (currentVersion !== payload.expectedVersion) {
    const who =
      current === null ? 'it does not exist' : `${current.savedByName ?? 'another admin'} saved version ${String(currentVersion)} at ${current.savedAt}`;
    throw new GovernanceError(
      'CONFLICT',
      `Scoring model "${draft.id}" changed since you opened version ${String(payload.expectedVersion)}: ${who}. Reload it and apply your changes again.`,
    );
  }
  const model: ScoringModel = { ...draft, version: payload.expectedVersion + 1 };
  const savedAt = deps.admin.now().toISOString();
  const name = await deps.admin.actorName();
  const saved = { model, savedAt, savedBy: deps.admin.actor, ...(name === null ? {} : { savedByName: name }) };
  if ((await deps.models.addModelVersion(saved)) === 'conflict') {
    throw new GovernanceError('CONFLICT', `Scoring model "${draft.id}" was saved by someone else a moment ago. Reload it and apply your changes again.`);
  }
  const verb = current === null ? 'Created' : 'Updated';
  await recordAudit(
    deps.admin,
    'intake.model',
    model.id,
    `${verb} scoring model "${model.name}" (version ${String(model.version)})`,
    current?.model ?? null,
    model,
  );
  return { model, builtIn: false, savedAt, savedBy: deps.admin.actor, savedByName: name };
}
