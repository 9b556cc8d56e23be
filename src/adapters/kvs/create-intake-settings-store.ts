import { kvs } from '@forge/kvs';
import type { IntakeSettingsStore } from '../../ports/intake-settings-store';
import { intakeSettingsSchema } from './intake-settings-schema';
import { kvsKeys } from './kvs-keys';

/** The intake settings over Forge's key-value store, one value for the site, checked as it is written and read. */
export function createIntakeSettingsStore(): IntakeSettingsStore {
  return {
    async loadSettings() {
      const parsed = intakeSettingsSchema.safeParse(await kvs.get(kvsKeys.intakeSettings));
      return parsed.success ? parsed.data : null;
    },
    async saveSettings(settings) {
      await kvs.set(kvsKeys.intakeSettings, intakeSettingsSchema.parse(settings));
    },
  };
}
