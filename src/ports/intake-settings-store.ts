import type { IntakeSettings } from './intake-settings';

/** Where the intake settings are kept: one value for the site. */
export interface IntakeSettingsStore {
  /** The settings an admin saved; null when none were saved (or they no longer read). */
  loadSettings(): Promise<IntakeSettings | null>;
  saveSettings(settings: IntakeSettings): Promise<void>;
}
