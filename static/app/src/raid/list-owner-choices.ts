import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import { unassignedOwner } from './raid-filter';

/** The owner filter's choices: every owner in the log by name, then "Unassigned" when any item has none. */
export function listOwnerChoices(items: readonly RaidItemDto[]): { readonly value: string; readonly label: string }[] {
  const owners = new Map<string, string>();
  for (const item of items) if (item.owner !== null) owners.set(item.owner.accountId, item.owner.displayName ?? item.owner.accountId);
  const named = [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  return items.some((item) => item.owner === null) ? [...named, { value: unassignedOwner, label: 'Unassigned' }] : named;
}
