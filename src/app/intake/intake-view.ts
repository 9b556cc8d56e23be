import type { ScoringModel } from '../../domain/intake/scoring-model';
import type { IntakeSettings } from '../../ports/intake-settings';
import type { BrowsableProject } from '../../ports/viewer-directory';
import type { IntakeProposalRecord } from './intake-proposal-record';

/** What the viewer may see of intake, from storage: the settings, the chosen model, and the proposals of their projects. */
export interface IntakeView {
  readonly settings: IntakeSettings;
  readonly model: ScoringModel;
  /** The intake projects the viewer may browse, in the settings' order. */
  readonly projects: readonly BrowsableProject[];
  readonly proposals: readonly IntakeProposalRecord[];
  /** Intake projects the viewer may browse with no stored items yet. */
  readonly notRefreshed: readonly string[];
}
