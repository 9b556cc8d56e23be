import { buildDemoAccess } from '../../../local/demo/build-demo-access';
import { demoNamedProjects } from '../../../local/demo/demo-named-projects';
import { demoTeamMembers } from '../../../local/demo/demo-team-members';
import { demoHiddenProjectKey, demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { readSiteIssue } from './read-site-issue';

const site = generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z') });
const allKeys = site.projects.map((p) => p.key);
const browse = (accountId: string): string[] => site.permissions[accountId] ?? [];

describe('buildDemoAccess: who may browse what', () => {
  it.each([
    ['the admin', demoUsers.admin.accountId],
    ['the PM', demoUsers.pm.accountId],
    ['the executive', demoUsers.executive.accountId],
  ])('lets %s browse every project', (_who, accountId) => {
    expect(browse(accountId)).toEqual(allKeys);
  });

  it('hides the confidential project, and only it, from the restricted user', () => {
    expect(site.projects.map((p) => p.key)).toContain(demoHiddenProjectKey);
    expect(browse(demoUsers.restricted.accountId)).toEqual(allKeys.filter((key) => key !== demoHiddenProjectKey));
  });

  it('lets team members browse only the projects they work on, hidden one included only for its team', () => {
    for (const member of demoTeamMembers) {
      const own = demoNamedProjects.filter((p) => p.leadId === member.accountId || p.memberIds.includes(member.accountId)).map((p) => p.key);
      expect(browse(member.accountId)).toEqual(own);
      expect(own.length).toBeLessThan(allKeys.length);
    }
  });

  it('assigns issues only to people who may browse the project', () => {
    for (const v of site.issues.map(readSiteIssue)) {
      if (v.assigneeId !== null) expect([v.key, browse(v.assigneeId).includes(v.projectKey)]).toEqual([v.key, true]);
    }
  });

  it.each([
    ['the admin', demoUsers.admin.accountId, true],
    ['the PM', demoUsers.pm.accountId, false],
    ['the executive', demoUsers.executive.accountId, false],
    ['the restricted user', demoUsers.restricted.accountId, false],
  ])('puts %s in jira-administrators: %p', (_who, accountId, admin) => {
    expect(site.users.find((u) => u.accountId === accountId)?.groups.includes('jira-administrators')).toBe(admin);
  });

  it('gives every user a Jira-like account id, a name and an e-mail address', () => {
    for (const user of site.users) {
      expect(user.accountId).toMatch(/^712020:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(user.displayName.length).toBeGreaterThan(0);
      expect(user.emailAddress).toMatch(/@/);
    }
    expect(new Set(site.users.map((u) => u.accountId)).size).toBe(site.users.length);
  });

  it('grants the extra projects of a scaled site to the same roles', () => {
    const scaled = buildDemoAccess([...demoNamedProjects, { ...demoNamedProjects[0]!, key: 'PS9', confidential: false }]);
    expect(scaled.permissions[demoUsers.restricted.accountId]).toContain('PS9');
    expect(scaled.permissions[demoUsers.restricted.accountId]).not.toContain(demoHiddenProjectKey);
  });
});
