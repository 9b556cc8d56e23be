/** The id of the JSON block in each frame that holds the frame's settings for the bridge stub. */
export const localHostSettingsId = 'pmo-local-host';
