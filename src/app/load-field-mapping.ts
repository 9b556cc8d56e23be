import type { FieldMapping } from '../ports/field-mapping';
import type { FieldMappingStore } from '../ports/field-mapping-store';
import type { RaidJira } from '../ports/raid-jira';

/** The stored field mapping (found by the last refresh), or one discovered now when none is stored yet. */
export async function loadFieldMapping(
  store: Pick<FieldMappingStore, 'loadFieldMapping'>,
  jira: Pick<RaidJira, 'discoverFieldMapping'>,
): Promise<FieldMapping> {
  return (await store.loadFieldMapping()) ?? (await jira.discoverFieldMapping());
}
