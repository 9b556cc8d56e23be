import type { ScoringModel } from './scoring-model';
import { valueEffortScoringModel } from './value-effort-scoring-model';
import { weightedScoringModel } from './weighted-scoring-model';
import { wsjfScoringModel } from './wsjf-scoring-model';

/** The scoring models the app ships with, read-only (an admin clones one to change it); WSJF, the default, comes first. */
export const builtInScoringModels: readonly ScoringModel[] = [wsjfScoringModel, weightedScoringModel, valueEffortScoringModel];
