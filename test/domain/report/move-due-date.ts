import type { SiteFile } from '../../../local/site/site-file-schema';

/** Moves an issue's due date in a test's own copy of a site, recording the move in its changelog as Jira would. */
export function moveDueDate(site: SiteFile, key: string, at: string, from: string, to: string): void {
  const issue = site.issues.find((i) => i.key === key);
  if (issue === undefined) throw new Error(`no ${key}`);
  const histories = issue.changelog?.histories ?? [];
  histories.push({
    id: `9${String(histories.length)}${key.length}`,
    author: { accountId: 'pm', displayName: 'Paul PM' },
    created: at,
    items: [{ field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from, fromString: from, to, toString: to }],
  });
  issue.changelog = { ...issue.changelog, histories };
  issue.fields.duedate = to;
}
