import { z } from 'zod';
import { saveIntakeSettings } from '../app/intake/save-intake-settings';
import { defineResolver } from './define-resolver';

const names = z.array(z.string().max(255)).max(50);

/** saveIntakeSettings: the intake projects, how a proposal is recognised and the scoring model (Jira administrators; audited). */
export const saveIntakeSettingsResolver = defineResolver({
  payload: z.object({
    settings: z.object({
      projectKeys: z.array(z.string().max(255)).max(100),
      issueTypes: names,
      labels: names,
      modelId: z.string().max(64),
    }),
  }),
  permission: 'signed-in',
  refusal: 'Changing the intake settings needs a signed-in Jira user.',
  run: (deps, payload) => saveIntakeSettings(deps.intakeWrite(), payload.settings),
});
