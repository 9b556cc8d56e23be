import type { ScoringModel } from '../domain/intake/scoring-model';

/** A scoring model as listed and saved: built-in (read-only, clone to change) or saved by an admin, with who and when. */
export interface ScoringModelDto {
  readonly model: ScoringModel;
  readonly builtIn: boolean;
  /** Null for a built-in model. */
  readonly savedAt: string | null;
  readonly savedBy: string | null;
  /** The saver's display name; null for a built-in model, or when none was kept. */
  readonly savedByName: string | null;
}

/** Every scoring model, built-in first, the one the board uses, and whether the reader may change them. */
export interface ScoringModelListDto {
  readonly models: readonly ScoringModelDto[];
  readonly chosenId: string;
  readonly canEdit: boolean;
}
