import { wsjfScoringModel } from '../../domain/intake/wsjf-scoring-model';
import type { IntakeSettings } from '../../ports/intake-settings';

/**
 * The intake settings before an admin saves any: no intake project yet, proposals recognised by the issue types
 * teams raise them as ("Project Request", "Proposal", "Idea") or the label `intake`, scored by WSJF.
 */
export const defaultIntakeSettings: IntakeSettings = {
  projectKeys: [],
  issueTypes: ['Project Request', 'Proposal', 'Idea'],
  labels: ['intake'],
  modelId: wsjfScoringModel.id,
};
