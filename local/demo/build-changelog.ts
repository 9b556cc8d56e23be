import type { ChangelogHistory } from '../site/site-file-schema';
import { demoResolutions } from './demo-resolutions';
import { demoStatuses } from './demo-statuses';
import { formatJiraDate } from './format-jira-date';
import { formatJiraDateTime } from './format-jira-date-time';
import type { IssueDraft } from './issue-draft';

/**
 * A draft's changelog as GET /rest/api/3/issue?expand=changelog returns its histories, oldest first: a status item for
 * each transition (with the resolution on the one into Done) and a `duedate` item for each move of the due date.
 * `nextId` numbers histories across the site.
 * @example
 * buildChangelog(draft, () => '20001', names)[0].items[0].field; // 'status'
 */
export function buildChangelog(draft: IssueDraft, nextId: () => string, displayName: (accountId: string) => string): ChangelogHistory[] {
  const worker = draft.assigneeId ?? draft.reporterId;
  const entries: { at: number; author: string; items: ChangelogHistory['items'] }[] = [];
  for (const transition of draft.transitions) {
    const from = demoStatuses[transition.from];
    const to = demoStatuses[transition.to];
    const items: ChangelogHistory['items'] = [
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name },
    ];
    if (transition.resolution) {
      const resolution = demoResolutions[transition.resolution];
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: resolution.id,
        toString: transition.resolution,
      });
    }
    entries.push({ at: transition.at, author: worker, items });
  }
  for (const move of draft.dueMoves) {
    const from = formatJiraDate(move.fromDay);
    const to = formatJiraDate(move.toDay);
    entries.push({
      at: move.at,
      author: move.by ?? draft.reporterId,
      items: [{ field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from, fromString: from, to, toString: to }],
    });
  }
  entries.sort((a, b) => a.at - b.at);
  return entries.map((entry) => ({
    id: nextId(),
    author: { accountId: entry.author, displayName: displayName(entry.author) },
    created: formatJiraDateTime(entry.at),
    items: entry.items,
  }));
}
