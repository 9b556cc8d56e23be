import type { ChangelogHistory } from '../site/site-file-schema';
import type { SiteIndex } from './create-site-index';
import { parseJiraDateTime } from './parse-jira-date-time';
import { presentUser } from './present-user';

/** How many histories Jira puts inline with `expand=changelog`; the rest needs the bulk changelog endpoint. */
export const INLINE_CHANGELOG_LIMIT = 40;

/** Histories oldest first (by created, then numeric id), the order of the bulk changelog endpoint. */
export function sortHistoriesOldestFirst(histories: readonly ChangelogHistory[]): ChangelogHistory[] {
  const at = (h: ChangelogHistory): number => parseJiraDateTime(h.created) ?? 0;
  return [...histories].sort((a, b) => at(a) - at(b) || Number(a.id) - Number(b.id));
}

/** One history in Jira's Changelog shape, with its author rendered as a user. */
export function presentHistory(history: ChangelogHistory, index: SiteIndex): Record<string, unknown> {
  return {
    id: history.id,
    ...(history.author === undefined ? {} : { author: presentUser(history.author, index) }),
    created: history.created,
    items: history.items.map((item) => ({ ...item })),
  };
}

/**
 * The inline changelog of `expand=changelog`: the newest 40 histories, most recent first, with the total so a
 * client can tell that more exist.
 */
export function presentInlineChangelog(histories: readonly ChangelogHistory[], index: SiteIndex): Record<string, unknown> {
  const newestFirst = sortHistoriesOldestFirst(histories).reverse().slice(0, INLINE_CHANGELOG_LIMIT);
  return {
    startAt: 0,
    maxResults: newestFirst.length,
    total: histories.length,
    histories: newestFirst.map((h) => presentHistory(h, index)),
  };
}
