import type { FieldMapping } from '../ports/field-mapping';
import type { FieldMappingStore } from '../ports/field-mapping-store';
import type { PortfolioJira } from '../ports/portfolio-jira';

/** The stored field mapping, discovered from Jira (and stored) only when none is stored yet. */
export async function fieldMappingFor(jira: PortfolioJira, store: FieldMappingStore): Promise<FieldMapping> {
  const stored = await store.loadFieldMapping();
  if (stored !== null) return stored;
  const discovered = await jira.discoverFieldMapping();
  await store.saveFieldMapping(discovered);
  return discovered;
}
