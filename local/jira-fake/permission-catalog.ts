/** A Jira permission the fake knows: its id, key, name, whether it is global or per project, and its description. */
export interface PermissionDefinition {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly type: 'GLOBAL' | 'PROJECT';
  readonly description: string;
}

const definition = (id: string, key: string, name: string, type: 'GLOBAL' | 'PROJECT', description: string): PermissionDefinition => ({
  id,
  key,
  name,
  type,
  description,
});

/** Jira's built-in permissions, by key. */
export const PERMISSION_CATALOG: ReadonlyMap<string, PermissionDefinition> = new Map(
  [
    definition(
      '0',
      'ADMINISTER',
      'Administer Jira',
      'GLOBAL',
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
    ),
    definition(
      '44',
      'SYSTEM_ADMIN',
      'Administer Jira',
      'GLOBAL',
      'Ability to perform all administration functions. There must be at least one group with this permission.',
    ),
    definition(
      '27',
      'USER_PICKER',
      'Browse users and groups',
      'GLOBAL',
      'View and select users or groups from the user picker, and share issues. Users with this permission can see the names of all users and groups on your site.',
    ),
    definition('22', 'CREATE_SHARED_OBJECTS', 'Share dashboards and filters', 'GLOBAL', 'Share dashboards and filters with other users.'),
    definition('24', 'MANAGE_GROUP_FILTER_SUBSCRIPTIONS', 'Manage group filter subscriptions', 'GLOBAL', 'Create and delete group filter subscriptions.'),
    definition('33', 'BULK_CHANGE', 'Make bulk changes', 'GLOBAL', 'Modify collections of issues at once. For example, resolve multiple issues in one step.'),
    definition('10', 'BROWSE_PROJECTS', 'Browse Projects', 'PROJECT', 'Ability to browse projects and the issues within them.'),
    definition('23', 'ADMINISTER_PROJECTS', 'Administer Projects', 'PROJECT', 'Ability to administer a project in Jira.'),
    definition('11', 'CREATE_ISSUES', 'Create Issues', 'PROJECT', 'Ability to create issues.'),
    definition('12', 'EDIT_ISSUES', 'Edit Issues', 'PROJECT', 'Ability to edit issues.'),
    definition('13', 'ASSIGN_ISSUES', 'Assign Issues', 'PROJECT', 'Ability to assign issues to other people.'),
    definition('14', 'RESOLVE_ISSUES', 'Resolve Issues', 'PROJECT', 'Ability to resolve and reopen issues. This includes the ability to set a fix version.'),
    definition('15', 'ADD_COMMENTS', 'Add Comments', 'PROJECT', 'Ability to comment on issues.'),
    definition('16', 'DELETE_ISSUES', 'Delete Issues', 'PROJECT', 'Ability to delete issues.'),
    definition('17', 'ASSIGNABLE_USER', 'Assignable User', 'PROJECT', 'Users with this permission may be assigned to issues.'),
    definition(
      '18',
      'CLOSE_ISSUES',
      'Close Issues',
      'PROJECT',
      'Ability to close issues. Often useful where your developers resolve issues, and a QA department closes them.',
    ),
    definition('19', 'CREATE_ATTACHMENTS', 'Create Attachments', 'PROJECT', 'Users with this permission may create attachments.'),
    definition('20', 'WORK_ON_ISSUES', 'Work On Issues', 'PROJECT', 'Ability to log work done against an issue. Only useful if Time Tracking is turned on.'),
    definition(
      '21',
      'LINK_ISSUES',
      'Link Issues',
      'PROJECT',
      'Ability to link issues together and create linked issues. Only useful if issue linking is turned on.',
    ),
    definition(
      '25',
      'MOVE_ISSUES',
      'Move Issues',
      'PROJECT',
      'Ability to move issues between projects or between workflows of the same project (if applicable).',
    ),
    definition('28', 'SCHEDULE_ISSUES', 'Schedule Issues', 'PROJECT', "Ability to view or edit an issue's due date."),
    definition(
      '29',
      'VIEW_DEV_TOOLS',
      'View Development Tools',
      'PROJECT',
      'Allows users in a software project to view development-related information on the issue, such as commits, reviews and build information.',
    ),
    definition('32', 'MANAGE_WATCHERS', 'Manage Watchers', 'PROJECT', 'Ability to manage the watchers of an issue.'),
    definition('46', 'TRANSITION_ISSUES', 'Transition Issues', 'PROJECT', 'Ability to transition issues.'),
  ].map((p) => [p.key, p]),
);
