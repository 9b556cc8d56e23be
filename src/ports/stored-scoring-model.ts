import type { ScoringModel } from '../domain/intake/scoring-model';

/** A scoring model version as stored, with who saved it and when. */
export interface StoredScoringModel {
  readonly model: ScoringModel;
  readonly savedAt: string;
  readonly savedBy: string;
  /** The saver's display name as Jira gave it then; absent on versions stored before names were kept, or when Jira gave none. */
  readonly savedByName?: string;
}
