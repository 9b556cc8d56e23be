/** What a test says of an issue; everything else takes the plain value a new Jira issue has. */
export interface JiraIssueSpec {
  readonly id: string;
  readonly key: string;
  readonly project: { readonly id: string; readonly key: string; readonly name: string };
  /** "Summary of KEY" when not given. */
  readonly summary?: string;
  /** A Proposal (id 10200) when not given. */
  readonly type?: { readonly id: string; readonly name: string };
  /** To Do when not given. */
  readonly status?: { readonly id: string; readonly name: string; readonly statusCategory: { readonly key: string } };
  readonly labels?: readonly string[];
  readonly due?: string | null;
  /** The day it was created (and last updated), yyyy-mm-dd; 2026-11-02 when not given. */
  readonly created?: string;
  /** Custom fields by id, e.g. { customfield_10073: 2 }. */
  readonly custom?: Readonly<Record<string, unknown>>;
}

const toDo = { id: '10000', name: 'To Do', statusCategory: { key: 'new' } };

/**
 * An issue as Jira's search answers it, for site fixtures: the system fields a refresh reads, reported by Dev Dana, no
 * assignee, no links, no changelog, plus the custom fields the test names.
 *
 * @example
 * jiraIssueJson({ id: '10950', key: 'IDEA-1', project: idea, custom: { customfield_10073: 2 } }).fields.status.name; // 'To Do'
 */
export function jiraIssueJson(spec: JiraIssueSpec) {
  const created = `${spec.created ?? '2026-11-02'}T09:00:00.000+0000`;
  const type = spec.type ?? { id: '10200', name: 'Proposal' };
  return {
    id: spec.id,
    key: spec.key,
    fields: {
      summary: spec.summary ?? `Summary of ${spec.key}`,
      issuetype: { id: type.id, name: type.name, subtask: false, hierarchyLevel: 0 },
      project: { id: spec.project.id, key: spec.project.key, name: spec.project.name },
      status: spec.status ?? toDo,
      priority: { id: '3', name: 'Medium' },
      assignee: null,
      reporter: { accountId: 'dev', displayName: 'Dev Dana', active: true },
      labels: [...(spec.labels ?? [])],
      duedate: spec.due ?? null,
      created,
      updated: created,
      resolutiondate: null,
      resolution: null,
      subtasks: [],
      issuelinks: [],
      ...spec.custom,
    },
    changelog: { histories: [] },
  };
}
