import { demoIssueTypes, type DemoIssueTypeName } from './demo-issue-types';
import { demoLinkTypes, type DemoLinkTypeName } from './demo-link-types';
import { demoPriorities, type DemoPriorityName } from './demo-priorities';
import { demoPrograms } from './demo-programs';
import type { DemoProjectSpec } from './demo-project-spec';
import { demoResolutions, type DemoResolutionName } from './demo-resolutions';
import { demoStatuses, type DemoStatusName } from './demo-statuses';
import type { DemoUser } from './demo-users';
import type { IssueDraft } from './issue-draft';

// Object types (not interfaces) so they fit the site schema's open `fields` records.
export type UserRef = { self: string; accountId: string; emailAddress: string; displayName: string; active: boolean; timeZone: string; accountType: string };
export type StatusRef = {
  self: string;
  description: string;
  iconUrl: string;
  name: string;
  id: string;
  statusCategory: { self: string; id: number; key: 'new' | 'indeterminate' | 'done'; colorName: string; name: string };
};
export type IssueTypeRef = {
  self: string;
  id: string;
  description: string;
  iconUrl: string;
  name: string;
  subtask: boolean;
  avatarId: number;
  hierarchyLevel: number;
};
export type PriorityRef = { self: string; iconUrl: string; name: string; id: string };
export type ResolutionRef = { self: string; id: string; description: string; name: string };
export type LinkTypeRef = { id: string; name: string; inward: string; outward: string; self: string };
export type ProjectRef = {
  self: string;
  id: string;
  key: string;
  name: string;
  projectTypeKey: string;
  simplified: boolean;
  /** Absent for a project in no category. */
  projectCategory?: { self: string; id: string; description: string; name: string };
};
export type IssueSummaryRef = {
  id: string;
  key: string;
  self: string;
  fields: { summary: string; status: StatusRef; priority: PriorityRef; issuetype: IssueTypeRef };
};

/** Builders of the nested objects an issue carries, each in the shape GET /rest/api/3/issue returns. */
export interface IssueRefs {
  user(accountId: string): UserRef;
  status(name: DemoStatusName): StatusRef;
  issueType(name: DemoIssueTypeName): IssueTypeRef;
  priority(name: DemoPriorityName): PriorityRef;
  resolution(name: DemoResolutionName): ResolutionRef;
  linkType(name: DemoLinkTypeName): LinkTypeRef;
  project(index: number): ProjectRef;
  /** An issue as `parent`, `subtasks` and `issuelinks` show it: id, key, self and a few fields. */
  issueSummary(draft: IssueDraft): IssueSummaryRef;
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/**
 * Creates the builders for one site. Equal references are one shared object (a site of 100,000 issues would
 * otherwise hold millions of copies of the same status): treat a site as data to read, and replace a field to edit
 * it, as the Jira fake does. Issue summaries are taken once the drafts are final.
 * @example
 * createIssueRefs(baseUrl, users, specs).status('Done'); // { self, description, iconUrl, name: 'Done', id: '10002', statusCategory: {...} }
 */
export function createIssueRefs(baseUrl: string, users: readonly DemoUser[], projects: readonly DemoProjectSpec[]): IssueRefs {
  const api = `${baseUrl}/rest/api/3`;
  const byId = new Map(users.map((user) => [user.accountId, user]));
  const refs: IssueRefs = {
    user: memo((accountId) => {
      const user = byId.get(accountId);
      if (!user) throw new Error(`unknown demo user ${accountId}`);
      return {
        self: `${api}/user?accountId=${encodeURIComponent(accountId)}`,
        accountId,
        emailAddress: user.emailAddress,
        displayName: user.displayName,
        active: true,
        timeZone: 'Europe/London',
        accountType: 'atlassian',
      };
    }),
    status: memo((name) => {
      const status = demoStatuses[name];
      const category = status.category;
      return {
        self: `${api}/status/${status.id}`,
        description: status.description,
        iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
        name,
        id: status.id,
        statusCategory: {
          self: `${api}/statuscategory/${category.id}`,
          id: category.id,
          key: category.key,
          colorName: category.colorName,
          name: category.name,
        },
      };
    }),
    issueType: memo((name) => {
      const type = demoIssueTypes[name];
      return {
        self: `${api}/issuetype/${type.id}`,
        id: type.id,
        description: type.description,
        iconUrl: `${api}/universal_avatar/view/type/issuetype/avatar/${type.avatarId}?size=medium`,
        name,
        subtask: type.subtask,
        avatarId: type.avatarId,
        hierarchyLevel: type.hierarchyLevel,
      };
    }),
    priority: memo((name) => {
      const priority = demoPriorities[name];
      return { self: `${api}/priority/${priority.id}`, iconUrl: `${baseUrl}/images/icons/priorities/${priority.icon}_new.svg`, name, id: priority.id };
    }),
    resolution: memo((name) => {
      const resolution = demoResolutions[name];
      return { self: `${api}/resolution/${resolution.id}`, id: resolution.id, description: resolution.description, name };
    }),
    linkType: memo((name) => {
      const type = demoLinkTypes[name];
      return { id: type.id, name, inward: type.inward, outward: type.outward, self: `${api}/issueLinkType/${type.id}` };
    }),
    project: memo((index) => {
      const spec = projects[index];
      if (!spec) throw new Error(`unknown demo project ${index}`);
      const program = spec.program === null ? null : demoPrograms[spec.program];
      const id = String(10000 + index);
      return {
        self: `${api}/project/${id}`,
        id,
        key: spec.key,
        name: spec.name,
        projectTypeKey: 'software',
        simplified: false,
        ...(program === null
          ? {}
          : { projectCategory: { self: `${api}/projectCategory/${program.id}`, id: program.id, description: program.description, name: program.name } }),
      };
    }),
    issueSummary: memo((draft) => {
      return {
        id: draft.id,
        key: draft.key,
        self: `${api}/issue/${draft.id}`,
        fields: { summary: draft.summary, status: refs.status(draft.status), priority: refs.priority(draft.priority), issuetype: refs.issueType(draft.type) },
      };
    }),
  };
  return refs;
}
