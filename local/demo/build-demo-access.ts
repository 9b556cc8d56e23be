import type { SiteUser } from '../site/site-file-schema';
import type { DemoProjectSpec } from './demo-project-spec';
import { demoTeamMembers } from './demo-team-members';
import { demoUsers } from './demo-users';

/**
 * The site's users with their groups, and who may browse which project: the admin, the PM and the executive see
 * every project; the restricted user every project but the confidential ones; team members the projects they work on.
 * @example
 * buildDemoAccess(specs).permissions[demoUsers.restricted.accountId].includes('HRB'); // false
 */
export function buildDemoAccess(projects: readonly DemoProjectSpec[]): { users: SiteUser[]; permissions: Record<string, string[]> } {
  const everyone = ['jira-software-users'];
  const users: SiteUser[] = [
    { ...demoUsers.admin, active: true, accountType: 'atlassian', groups: ['jira-administrators', 'pmo', ...everyone] },
    { ...demoUsers.pm, active: true, accountType: 'atlassian', groups: ['pmo', ...everyone] },
    { ...demoUsers.executive, active: true, accountType: 'atlassian', groups: ['executives', ...everyone] },
    { ...demoUsers.restricted, active: true, accountType: 'atlassian', groups: ['contractors', ...everyone] },
    ...demoTeamMembers.map((member) => ({ ...member, active: true, accountType: 'atlassian', groups: [...everyone] })),
  ];
  const allKeys = projects.map((p) => p.key);
  const permissions: Record<string, string[]> = {
    [demoUsers.admin.accountId]: [...allKeys],
    [demoUsers.pm.accountId]: [...allKeys],
    [demoUsers.executive.accountId]: [...allKeys],
    [demoUsers.restricted.accountId]: projects.filter((p) => !p.confidential).map((p) => p.key),
  };
  for (const member of demoTeamMembers) {
    permissions[member.accountId] = projects.filter((p) => p.leadId === member.accountId || p.memberIds.includes(member.accountId)).map((p) => p.key);
  }
  return { users, permissions };
}
