import type { ScoringModel } from '../../../../src/domain/intake';
import { uniqueId } from '../admin/unique-id';

/**
 * A copy of a model to edit and save as a new one: an id no model has (`wsjf-copy`, `wsjf-copy-2`), "(copy)" after
 * the name, version 1, every criterion and status mapping kept.
 *
 * @example
 * cloneScoringModel(wsjfScoringModel, ['wsjf', 'weighted']); // { ...wsjfScoringModel, id: 'wsjf-copy', name: 'WSJF (copy)', version: 1 }
 */
export function cloneScoringModel(model: ScoringModel, takenIds: readonly string[]): ScoringModel {
  const base = model.id.slice(0, 58);
  return { ...model, id: uniqueId(`${base}-copy`, takenIds), name: `${model.name} (copy)`, version: 1 };
}
