import type { IntakeSettingsDto } from '../../contract/intake-settings-dto';
import type { ProjectKey } from '../../domain/ids/project-key';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { IntakeSettings } from '../../ports/intake-settings';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import { defaultIntakeSettings } from './default-intake-settings';
import { findScoringModel } from './find-scoring-model';
import type { IntakeWriteDeps } from './intake-write-deps';

/** Names trimmed, blanks dropped, repeats (without regard to case) kept once, in the order given. */
function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.flatMap((name) => {
    const trimmed = name.trim();
    const folded = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(folded)) return [];
    seen.add(folded);
    return [trimmed];
  });
}

/**
 * Saves the intake settings, Jira administrators only: the intake projects, the issue types and labels that make an
 * issue a proposal (at least one of either), and the scoring model, which must exist. Bad input is BAD_REQUEST with
 * nothing written. Audited with the settings before and after.
 */
export async function saveIntakeSettings(deps: IntakeWriteDeps, input: IntakeSettingsDto): Promise<IntakeSettingsDto> {
  await requireAdmin(deps.admin);
  const projectKeys: ProjectKey[] = [];
  for (const raw of input.projectKeys) {
    const key = parseProjectKey(raw.trim().toUpperCase());
    if (key === null) throw new GovernanceError('BAD_REQUEST', `projectKeys: "${raw}" is not a Jira project key.`);
    if (!projectKeys.includes(key)) projectKeys.push(key);
  }
  const settings: IntakeSettings = { projectKeys, issueTypes: distinct(input.issueTypes), labels: distinct(input.labels), modelId: input.modelId };
  if (settings.issueTypes.length === 0 && settings.labels.length === 0)
    throw new GovernanceError('BAD_REQUEST', 'issueTypes: name at least one issue type or label that makes an issue a proposal.');
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(settings.modelId) || (await findScoringModel(deps.models, settings.modelId)) === null)
    throw new GovernanceError('BAD_REQUEST', `modelId: there is no scoring model "${settings.modelId}".`);
  const before = (await deps.settings.loadSettings()) ?? defaultIntakeSettings;
  await deps.settings.saveSettings(settings);
  const projects = settings.projectKeys.length === 0 ? 'no intake project' : settings.projectKeys.join(', ');
  await recordAudit(deps.admin, 'intake.settings', 'intake', `Intake set to ${projects}, scored by "${settings.modelId}"`, before, settings);
  return settings;
}
