import type { CapacitySettingsDto } from '../../contract/capacity-dto';
import { defaultCapacityBands } from '../../domain/capacity';
import type { StoredCapacities } from '../../ports/stored-capacities';

/** The saved capacities as the admin form edits them; before the first save, none at version 0 with the default bands. */
export function toCapacitySettingsDto(stored: StoredCapacities | null): CapacitySettingsDto {
  if (stored === null) return { version: 0, capacities: [], bands: defaultCapacityBands, savedAt: null, savedBy: null };
  return { version: stored.version, capacities: stored.capacities, bands: stored.bands, savedAt: stored.savedAt, savedBy: stored.savedBy };
}
