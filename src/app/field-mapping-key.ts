import { numericCriterionFields } from '../domain/work-item/criterion-field';
import type { FieldMapping } from '../ports/field-mapping';

/**
 * Roles added after items were first stored: they count only on a site that has the field, so a site without them
 * keeps the key its items were stored under (and no project is read again for a field it does not have).
 */
const keyedOnlyWhenFound: ReadonlySet<string> = new Set([...numericCriterionFields, 'strategicTheme']);

/**
 * A short text that changes whenever the fields read for a role change: stored items read with another mapping hold
 * other values (a remapped Budget field), so an incremental refresh cannot merge into them.
 *
 * @example
 * fieldMappingKey({ ...mapping, budget: 'customfield_10050' }); // 'actualCost=…;budget=customfield_10050;…'
 */
export function fieldMappingKey(mapping: FieldMapping): string {
  return Object.entries(mapping)
    .filter(([role, id]) => id !== null || !keyedOnlyWhenFound.has(role))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([role, id]) => `${role}=${String(id ?? '')}`)
    .join(';');
}
