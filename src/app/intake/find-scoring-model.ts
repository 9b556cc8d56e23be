import { builtInScoringModels } from '../../domain/intake/built-in-scoring-models';
import type { ScoringModel } from '../../domain/intake/scoring-model';
import type { ScoringModelStore } from '../../ports/scoring-model-store';

/** A scoring model by id: a built-in one from code, else the latest saved version; null when there is none. */
export async function findScoringModel(models: Pick<ScoringModelStore, 'loadModel'>, id: string): Promise<ScoringModel | null> {
  const builtIn = builtInScoringModels.find((model) => model.id === id);
  if (builtIn !== undefined) return builtIn;
  return (await models.loadModel(id))?.model ?? null;
}
