import type { FieldMapping } from './field-mapping';

/** The site's field mapping as last discovered by name (a template may still replace some of it per project). */
export interface FieldMappingStore {
  /** The mapping as last discovered; null before the first discovery (or when it was stored by an older version). */
  loadFieldMapping(): Promise<FieldMapping | null>;
  saveFieldMapping(mapping: FieldMapping): Promise<void>;
}
