import type { FieldMapping } from '../ports/field-mapping';

/**
 * A short text that changes whenever the fields read for a role change: stored items read with another mapping hold
 * other values (a remapped Budget field), so an incremental refresh cannot merge into them.
 *
 * @example
 * fieldMappingKey({ ...mapping, budget: 'customfield_10050' }); // 'actualCost=…;budget=customfield_10050;…'
 */
export function fieldMappingKey(mapping: FieldMapping): string {
  return Object.entries(mapping)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([role, id]) => `${role}=${String(id ?? '')}`)
    .join(';');
}
