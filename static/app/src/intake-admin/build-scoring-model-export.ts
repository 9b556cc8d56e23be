import type { ScoringModel } from '../../../../src/domain/intake';

/**
 * The text of a scoring model export file, in the format `scoringModelExportSchema` reads back and the
 * importScoringModels resolver accepts.
 *
 * @example
 * JSON.parse(buildScoringModelExport([model], '2026-11-20T12:00:00.000Z')).format; // 'pmo-governance-scoring-models'
 */
export function buildScoringModelExport(models: readonly ScoringModel[], exportedAt: string): string {
  return `${JSON.stringify({ format: 'pmo-governance-scoring-models', formatVersion: 1, exportedAt, models }, null, 2)}\n`;
}
