import type { IntakeSettingsDto } from '../../../../src/contract/intake-settings-dto';

/** The settings a draft may save, or the field to fix and what to say. */
export type IntakeSettingsCheck =
  { readonly ok: true; readonly settings: IntakeSettingsDto } | { readonly ok: false; readonly field: 'recognise' | 'modelId'; readonly message: string };

/**
 * Checks the intake settings before they are sent: at least one issue type or label must make an issue a proposal,
 * and the scoring model must be one of those listed. The server checks again.
 *
 * @example
 * checkIntakeSettingsDraft({ projectKeys: ['INT'], issueTypes: [], labels: [], modelId: 'wsjf' }, ['wsjf']);
 * // { ok: false, field: 'recognise', message: 'Name at least one issue type or label that makes an issue a proposal.' }
 */
export function checkIntakeSettingsDraft(draft: IntakeSettingsDto, modelIds: readonly string[]): IntakeSettingsCheck {
  if (draft.issueTypes.length === 0 && draft.labels.length === 0)
    return { ok: false, field: 'recognise', message: 'Name at least one issue type or label that makes an issue a proposal.' };
  if (!modelIds.includes(draft.modelId)) return { ok: false, field: 'modelId', message: 'Choose one of the scoring models listed.' };
  return { ok: true, settings: draft };
}
