import type { ChangeImpactFieldIds } from './change-impact-field-ids';
import type { JiraField } from './get-fields';

/** Names sites give a change request's impact fields, compared without case or surrounding spaces. */
const names: Readonly<Record<keyof ChangeImpactFieldIds, readonly string[]>> = {
  days: ['Impact Days', 'Schedule Impact', 'Schedule Impact (days)'],
  cost: ['Cost Impact'],
  scope: ['Scope Impact'],
};

const normalise = (name: string): string => name.trim().toLowerCase();

function pick(fields: readonly JiraField[], wanted: readonly string[]): string | null {
  const accepted = new Set(wanted.map(normalise));
  // A number field only: a text field of the same name may hold anything, and an impact must add up.
  const found = fields.filter((field) => accepted.has(normalise(field.name)) && (field.schema === undefined || field.schema.type === 'number'));
  // Of two same-named fields, the one of the name listed first, then the oldest id, as the roll-up's discovery picks.
  const rank = (field: JiraField): number => wanted.findIndex((name) => normalise(name) === normalise(field.name));
  const idNumber = (field: JiraField): number => Number(/^customfield_(\d+)$/.exec(field.id)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return [...found].sort((a, b) => rank(a) - rank(b) || idNumber(a) - idNumber(b))[0]?.id ?? null;
}

/**
 * Finds a change request's impact fields by name: days from "Impact Days" or "Schedule Impact", cost from "Cost
 * Impact", scope from "Scope Impact"; only number fields count.
 *
 * @example
 * discoverChangeImpactFields([{ id: 'customfield_10060', name: 'Schedule Impact', schema: { type: 'number' } }]).days;
 * // 'customfield_10060'
 */
export function discoverChangeImpactFields(fields: readonly JiraField[]): ChangeImpactFieldIds {
  return { days: pick(fields, names.days), cost: pick(fields, names.cost), scope: pick(fields, names.scope) };
}
