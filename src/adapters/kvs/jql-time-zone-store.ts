import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { kvsKeys } from './kvs-keys';

const storedSchema = z.object({ timeZone: z.string(), checkedAt: z.iso.datetime().optional() });

/** The app user's time zone as last asked of Jira, kept so refresh jobs need not ask again. */
export const jqlTimeZoneStore = {
  async load(): Promise<string | null> {
    return (await this.loadChecked())?.timeZone ?? null;
  },
  /** The zone with when it was asked (null for a zone stored before that was kept). */
  async loadChecked(): Promise<{ timeZone: string; checkedAt: string | null } | null> {
    const parsed = storedSchema.safeParse(await kvs.get(kvsKeys.jqlTimeZone));
    return parsed.success ? { timeZone: parsed.data.timeZone, checkedAt: parsed.data.checkedAt ?? null } : null;
  },
  async save(timeZone: string, checkedAt: string): Promise<void> {
    await kvs.set(kvsKeys.jqlTimeZone, storedSchema.parse({ timeZone, checkedAt }));
  },
};
