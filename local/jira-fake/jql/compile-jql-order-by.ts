import type { OrderBy } from '@atlaskit/jql-ast';
import type { SiteIssue } from '../../site/site-file-schema';
import { parseJiraDateTime } from '../parse-jira-date-time';
import type { IssueComparator, JqlContext } from './jql-context';
import { unsupportedByFake } from './jql-error';
import { resolveCustomField } from './resolve-custom-field';

type SortValue = number | string | null;

/** The most fields Jira accepts in ORDER BY. */
const MAX_ORDER_FIELDS = 7;

const dateOf =
  (fieldId: string) =>
  (issue: SiteIssue): SortValue => {
    const v = issue.fields[fieldId];
    return typeof v === 'string' ? parseJiraDateTime(v) : null;
  };

const SYSTEM_SORTS: Readonly<Record<string, (issue: SiteIssue) => SortValue>> = {
  key: (i) => `${i.fields.project.key}\u0000${i.key.slice(i.key.lastIndexOf('-') + 1).padStart(12, '0')}`,
  id: (i) => Number(i.id),
  created: dateOf('created'),
  updated: dateOf('updated'),
  duedate: dateOf('duedate'),
  resolutiondate: dateOf('resolutiondate'),
  summary: (i) => i.fields.summary.toLowerCase(),
};
const ALIASES: Readonly<Record<string, string>> = {
  issuekey: 'key',
  createddate: 'created',
  updateddate: 'updated',
  due: 'duedate',
  resolved: 'resolutiondate',
  /** The fake keeps no rank, so rank orders by creation, the order new issues get ranks in. */
  rank: 'created',
};
const KNOWN_UNSORTED = new Set([
  'status',
  'priority',
  'assignee',
  'reporter',
  'creator',
  'issuetype',
  'type',
  'project',
  'resolution',
  'labels',
  'parent',
  'statuscategory',
  'category',
]);

/** Empty values sort after every value ascending and before them descending, as Jira does. */
function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Ties, and queries without ORDER BY after created, fall back to issue id, newest (highest) first. */
const byIdDescending: IssueComparator = (a, b) => Number(b.id) - Number(a.id);

/** Jira's default order when a query has no ORDER BY: created descending, then id descending. */
export const DEFAULT_ORDER: IssueComparator = (a, b) => compareValues(dateOf('created')(b), dateOf('created')(a)) || byIdDescending(a, b);

function sortValueOf(name: string, ctx: JqlContext): ((issue: SiteIssue) => SortValue) | string {
  const lower = name.toLowerCase();
  const system = SYSTEM_SORTS[ALIASES[lower] ?? lower];
  if (system) return system;
  if (KNOWN_UNSORTED.has(lower)) return unsupportedByFake(`Ordering by '${name}'`, `ORDER BY ${name}`);
  const custom = resolveCustomField(name, ctx);
  if (custom?.kind === 'number') return (i) => custom.read(i)[0] ?? null;
  if (custom?.kind === 'date') return (i) => custom.read(i);
  if (custom?.kind === 'text') return (i) => custom.read(i)?.toLowerCase() ?? null;
  if (custom) return unsupportedByFake(`Ordering by '${name}'`, `ORDER BY ${name}`);
  return `Field '${name}' does not exist or you do not have permission to view it.`;
}

/**
 * The comparator of an ORDER BY (key, id, created, updated, duedate, resolutiondate, summary, rank as created, and
 * number, date or text custom fields), ascending unless DESC is given; without ORDER BY, {@link DEFAULT_ORDER}.
 */
export function compileJqlOrderBy(orderBy: OrderBy | undefined, ctx: JqlContext, problems: string[]): IssueComparator {
  if (orderBy === undefined || orderBy.fields.length === 0) return DEFAULT_ORDER;
  if (orderBy.fields.length > MAX_ORDER_FIELDS) problems.push(`The ORDER BY clause may name at most ${MAX_ORDER_FIELDS} fields.`);
  const parts = orderBy.fields.flatMap((orderField) => {
    const value = sortValueOf(orderField.field.value, ctx);
    if (typeof value === 'string') {
      problems.push(value);
      return [];
    }
    const sign = orderField.direction?.value === 'DESC' ? -1 : 1;
    return [(a: SiteIssue, b: SiteIssue) => sign * compareValues(value(a), value(b))];
  });
  return (a, b) => {
    for (const part of parts) {
      const order = part(a, b);
      if (order !== 0) return order;
    }
    return byIdDescending(a, b);
  };
}
