import type { Field } from '@atlaskit/jql-ast';
import type { SiteIssue } from '../../site/site-file-schema';
import { parseJiraDateTime } from '../parse-jira-date-time';
import type { JqlContext } from './jql-context';
import { JqlError, unsupportedByFake } from './jql-error';
import type { JqlField } from './jql-field';
import { knownValues } from './known-values';
import { readIdentifiers } from './read-identifiers';
import { resolveCustomField } from './resolve-custom-field';

const STATUS_CATEGORY_IDS: Readonly<Record<string, readonly string[]>> = {
  new: ['new', 'to do', '2'],
  indeterminate: ['indeterminate', 'in progress', '4'],
  done: ['done', '3'],
};

/** Jira fields (and aliases) that exist in JQL but that the fake does not evaluate. */
const UNSUPPORTED_FIELDS = new Set([
  'text',
  'description',
  'comment',
  'environment',
  'sprint',
  'fixversion',
  'affectedversion',
  'component',
  'watcher',
  'watchers',
  'voter',
  'votes',
  'lastviewed',
  'filter',
  'request',
  'savedfilter',
  'searchrequest',
  'worklogauthor',
  'worklogcomment',
  'worklogdate',
  'timespent',
  'remainingestimate',
  'originalestimate',
  'workratio',
  'level',
  'attachments',
  'epic link',
  'development',
  'approvals',
  'issuelinktype',
  'team',
  'statuscategorychangeddate',
  'hierarchylevel',
  'issue.property',
  'project.property',
  'assignee.property',
  'reporter.property',
  'creator.property',
  'rank',
  'labels.property',
]);

const ISSUE_FIELD_NAMES = new Set(['issuekey', 'key', 'issue', 'id']);

function dateField(name: string, fieldId: string): JqlField {
  return {
    kind: 'date',
    name,
    read: (issue) => {
      const v = issue.fields[fieldId];
      return typeof v === 'string' ? parseJiraDateTime(v) : null;
    },
  };
}

function checked(name: string, known: () => Set<string>): (value: string) => string | null {
  let values: Set<string> | undefined;
  return (value) => {
    values ??= known();
    return values.has(value.toLowerCase()) ? null : `The value '${value}' does not exist for the field '${name}'.`;
  };
}

function identity(name: string, read: (issue: SiteIssue) => string[][], extra: Partial<Extract<JqlField, { kind: 'identity' }>> = {}): JqlField {
  return { kind: 'identity', name, read, ...extra };
}

function systemField(name: string, ctx: JqlContext): JqlField | undefined {
  const lower = name.toLowerCase();
  if (ISSUE_FIELD_NAMES.has(lower)) return { kind: 'issue', name };
  switch (lower) {
    case 'project':
      return identity(name, (i) => readIdentifiers(i.fields.project, ['id', 'key', 'name']), { check: checked(name, () => knownValues(ctx, 'project')) });
    case 'category':
      return identity(
        name,
        (i) => {
          const project = ctx.index.projectByKey.get(i.fields.project.key);
          return readIdentifiers(project?.projectCategory, ['id', 'name']);
        },
        { check: checked(name, () => knownValues(ctx, 'category')) },
      );
    case 'issuetype':
    case 'type':
      return identity(name, (i) => readIdentifiers(i.fields.issuetype, ['id', 'name']), { check: checked(name, () => knownValues(ctx, 'issuetype')) });
    case 'status':
      return identity(name, (i) => readIdentifiers(i.fields.status, ['id', 'name']), { check: checked(name, () => knownValues(ctx, 'status')) });
    case 'statuscategory':
      return identity(name, (i) => [[...(STATUS_CATEGORY_IDS[i.fields.status.statusCategory.key] ?? [])]], {
        check: checked(name, () => new Set(Object.values(STATUS_CATEGORY_IDS).flat())),
      });
    case 'labels':
      return identity(name, (i) => readIdentifiers(i.fields['labels'], []));
    case 'assignee':
    case 'reporter':
    case 'creator':
      return identity(name, (i) => readIdentifiers(i.fields[lower], ['accountId']), { users: true, check: checked(name, () => knownValues(ctx, 'user')) });
    case 'priority':
      return identity(name, (i) => readIdentifiers(i.fields['priority'], ['id', 'name']));
    case 'resolution':
      return identity(name, (i) => readIdentifiers(i.fields['resolution'], ['id', 'name']), { emptyAliases: ['unresolved'] });
    case 'parent':
      return identity(name, (i) => readIdentifiers(i.fields['parent'], ['id', 'key']), {
        check: (value) => {
          const parent = ctx.index.findIssue(value);
          return parent !== undefined && ctx.viewer.canSeeIssue(parent) ? null : `An issue with key '${value}' does not exist for field '${name}'.`;
        },
      });
    case 'summary':
      return { kind: 'text', name, read: (i) => i.fields.summary };
    case 'created':
    case 'createddate':
      return dateField(name, 'created');
    case 'updated':
    case 'updateddate':
      return dateField(name, 'updated');
    case 'duedate':
    case 'due':
      return dateField(name, 'duedate');
    case 'resolutiondate':
    case 'resolved':
      return dateField(name, 'resolutiondate');
    default:
      return undefined;
  }
}

/**
 * Finds the field a JQL clause names: a system field or alias the fake evaluates, a custom field (`cf[10016]` or its
 * name), a Jira field the fake does not evaluate (400 naming the clause), or none (Jira's "does not exist" 400).
 */
export function resolveJqlField(field: Field, clause: string, ctx: JqlContext): JqlField {
  const name = field.value;
  if (field.properties && field.properties.length > 0) {
    throw new JqlError([unsupportedByFake(`The entity property field '${field.text}'`, clause)]);
  }
  const resolved = systemField(name, ctx) ?? resolveCustomField(name, ctx);
  if (resolved) return resolved;
  if (UNSUPPORTED_FIELDS.has(name.toLowerCase())) throw new JqlError([unsupportedByFake(`The field '${name}'`, clause)]);
  throw new JqlError([`Field '${name}' does not exist or you do not have permission to view it.`]);
}
