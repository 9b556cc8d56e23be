import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { kvsKeys } from './kvs-keys';

/** The app user's time zone as last asked of Jira, kept so refresh jobs need not ask again. */
export const jqlTimeZoneStore = {
  async load(): Promise<string | null> {
    const parsed = z.object({ timeZone: z.string() }).safeParse(await kvs.get(kvsKeys.jqlTimeZone));
    return parsed.success ? parsed.data.timeZone : null;
  },
  async save(timeZone: string): Promise<void> {
    await kvs.set(kvsKeys.jqlTimeZone, { timeZone });
  },
};
