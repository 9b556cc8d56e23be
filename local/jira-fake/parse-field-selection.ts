import type { SiteIndex } from './create-site-index';

/** Which fields of an issue to return, read from a `fields` request parameter. */
export interface FieldSelection {
  /** Nothing but the issue id was asked for (the enhanced search's default). */
  readonly idOnly: boolean;
  readonly all: boolean;
  readonly navigable: boolean;
  readonly include: ReadonlySet<string>;
  readonly exclude: ReadonlySet<string>;
}

/**
 * Reads Jira's `fields` list: `*all`, `*navigable`, field ids, `-field` exclusions, and `id` for ids only; each entry
 * may itself be comma-separated. Only exclusions mean "navigable fields except these", as Jira does. With
 * `fieldsByKeys`, entries are field keys and are turned into ids.
 *
 * @example
 * parseFieldSelection(['summary,status'], ['id'], index, false).include; // Set { 'summary', 'status' }
 */
export function parseFieldSelection(requested: readonly string[] | undefined, defaults: readonly string[], index: SiteIndex, byKeys: boolean): FieldSelection {
  const tokens = (requested ?? [])
    .flatMap((entry) => entry.split(','))
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const effective = tokens.length === 0 ? defaults : tokens;
  const toId = (name: string): string => (byKeys ? (index.site.fields.find((f) => f.key === name)?.id ?? name) : name);
  let all = false;
  let navigable = false;
  let sawId = false;
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const token of effective) {
    if (token === '*all') all = true;
    else if (token === '*navigable') navigable = true;
    else if (token === 'id') sawId = true;
    else if (token.startsWith('-')) exclude.add(toId(token.slice(1)));
    else include.add(toId(token));
  }
  if (!all && !navigable && include.size === 0 && exclude.size > 0) navigable = true;
  const idOnly = sawId && !all && !navigable && include.size === 0;
  return { idOnly, all, navigable, include, exclude };
}
