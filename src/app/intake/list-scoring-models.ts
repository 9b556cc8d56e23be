import type { ScoringModelListDto } from '../../contract/intake-scoring-model-dto';
import { builtInScoringModels } from '../../domain/intake/built-in-scoring-models';
import { defaultIntakeSettings } from './default-intake-settings';
import type { IntakeDeps } from './intake-deps';

/** Every scoring model (built-in first, then saved ones by name), the one intake scores with, and whether the reader may edit. */
export async function listScoringModels(deps: IntakeDeps): Promise<ScoringModelListDto> {
  const [stored, settings, canEdit] = await Promise.all([deps.models.listModels(), deps.settings.loadSettings(), deps.viewer.isJiraAdmin()]);
  const saved = [...stored].sort((a, b) => a.model.name.localeCompare(b.model.name, 'en') || a.model.id.localeCompare(b.model.id, 'en'));
  return {
    models: [
      ...builtInScoringModels.map((model) => ({ model, builtIn: true, savedAt: null, savedBy: null, savedByName: null })),
      ...saved.map((s) => ({ model: s.model, builtIn: false, savedAt: s.savedAt, savedBy: s.savedBy, savedByName: s.savedByName ?? null })),
    ],
    chosenId: (settings ?? defaultIntakeSettings).modelId,
    canEdit,
  };
}
