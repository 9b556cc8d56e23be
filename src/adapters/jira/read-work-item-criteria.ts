import { numericCriterionFields } from '../../domain/work-item/criterion-field';
import type { WorkItemCriteria } from '../../domain/work-item/work-item-criteria';
import type { FieldMapping } from '../../ports/field-mapping';

/** A number, a numeric text ("8"), or a select option holding one ({ value: "8" }); anything else is no value. */
function criterionNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : null;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value) return criterionNumber(value.value);
  return null;
}

/** A select option's value, text, or the first of a list of options or labels; blank is no value. */
function themeText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return value.length > 0 ? themeText(value[0]) : null;
  if (typeof value === 'object' && value !== null && 'value' in value) return themeText(value.value);
  return null;
}

/**
 * Reads the intake criteria an issue holds in its mapped fields: numbers as numbers (a select of "8" is 8), the
 * strategic theme and the program as text (a select option's value). A field the site lacks, or a value that does not
 * read, leaves its criterion out.
 *
 * @returns the criteria, or null when the issue holds none (so items without any keep their shape).
 */
export function readWorkItemCriteria(fields: Readonly<Record<string, unknown>>, mapping: FieldMapping): WorkItemCriteria | null {
  const criteria: { -readonly [K in keyof WorkItemCriteria]: WorkItemCriteria[K] } = {};
  for (const field of numericCriterionFields) {
    const id = mapping[field];
    const value = id === null ? null : criterionNumber(fields[id]);
    if (value !== null) criteria[field] = value;
  }
  const theme = mapping.strategicTheme === null ? null : themeText(fields[mapping.strategicTheme]);
  if (theme !== null) criteria.strategicTheme = theme;
  const program = mapping.program === null ? null : themeText(fields[mapping.program]);
  if (program !== null) criteria.program = program;
  return Object.keys(criteria).length > 0 ? criteria : null;
}
