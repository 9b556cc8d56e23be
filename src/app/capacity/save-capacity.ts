import type { CapacitySettingsDto } from '../../contract/capacity-dto';
import { capacityBandsSchema, defaultCapacityBands, programCapacitiesSchema } from '../../domain/capacity';
import type { StoredCapacities } from '../../ports/stored-capacities';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import type { CapacityWriteDeps } from './capacity-write-deps';
import { describeSchemaIssues } from './describe-schema-issues';
import { toCapacitySettingsDto } from './to-capacity-settings-dto';

/** Forge storage holds at most 240 KiB per value; a larger save is refused before anything is written. */
const MAX_STORED_BYTES = 240 * 1024;

/** What saveCapacity is given: the capacities and bands as sent (validated here), and the version they were edited from. */
export interface SaveCapacityInput {
  readonly capacities: unknown;
  readonly bands?: unknown;
  readonly expectedVersion: number;
}

/**
 * Saves every program's capacity per quarter and the heat map's bands as the version after `expectedVersion` (0 for
 * the first save), audited. Jira administrators only. Input is checked with the domain's schemas: a capacity that is
 * not a number or is negative, an unknown unit, a malformed quarter or bands out of order answer BAD_REQUEST naming
 * each problem's path; a save over a version someone else has moved past answers CONFLICT. A refusal writes nothing.
 *
 * @example
 * await saveCapacity(deps, { capacities: [{ program: 'Digital', unit: 'story-points', byQuarter: { '2027-Q1': 40 } }], expectedVersion: 0 });
 * // { version: 1, capacities: [...], bands: { amberFrom: 0.75, redAbove: 1 }, savedAt, savedBy }
 */
export async function saveCapacity(deps: CapacityWriteDeps, input: SaveCapacityInput): Promise<CapacitySettingsDto> {
  await requireAdmin(deps.admin);
  const capacities = programCapacitiesSchema.safeParse(input.capacities);
  const bands = input.bands === undefined ? null : capacityBandsSchema.safeParse(input.bands);
  const problems = [
    ...(capacities.success ? [] : [describeSchemaIssues('capacities', capacities.error.issues)]),
    ...(bands === null || bands.success ? [] : [describeSchemaIssues('bands', bands.error.issues)]),
  ];
  if (!capacities.success || (bands !== null && !bands.success))
    throw new GovernanceError('BAD_REQUEST', `The capacities are not valid: ${problems.join('; ')}`);

  const current = await deps.capacities.loadCapacities();
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== input.expectedVersion) {
    const who = current === null ? 'none is saved' : `${current.savedBy} saved version ${String(currentVersion)} at ${current.savedAt}`;
    throw new GovernanceError(
      'CONFLICT',
      `The capacities changed since you opened version ${String(input.expectedVersion)}: ${who}. Reload them and apply your changes again.`,
    );
  }
  const stored: StoredCapacities = {
    version: currentVersion + 1,
    capacities: capacities.data,
    bands: bands?.data ?? current?.bands ?? defaultCapacityBands,
    savedAt: deps.admin.now().toISOString(),
    savedBy: deps.admin.actor,
  };
  if (new TextEncoder().encode(JSON.stringify(stored)).length > MAX_STORED_BYTES) {
    throw new GovernanceError('BAD_REQUEST', 'The capacities are too large to store (over 240 KiB): set fewer quarters or programs.');
  }
  if ((await deps.capacities.addCapacitiesVersion(stored)) === 'conflict') {
    throw new GovernanceError('CONFLICT', 'The capacities were saved by someone else a moment ago. Reload them and apply your changes again.');
  }
  const count = stored.capacities.length;
  await recordAudit(
    deps.admin,
    'capacity.update',
    'capacity',
    `Set the capacity of ${String(count)} program${count === 1 ? '' : 's'} (version ${String(stored.version)})`,
    current === null ? null : { capacities: current.capacities, bands: current.bands },
    { capacities: stored.capacities, bands: stored.bands },
  );
  return toCapacitySettingsDto(stored);
}
