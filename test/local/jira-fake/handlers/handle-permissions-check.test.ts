import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

interface Grants {
  globalPermissions: string[];
  projectPermissions: { permission: string; projects: number[]; issues: number[] }[];
}

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const check = (body: unknown, accountId: string | null) => callFake(fake, 'POST', '/rest/api/3/permissions/check', accountId, body);
const ALL_PROJECTS = [10000, 10001, 10002, 10003, 99999];
const SOME_ISSUES = [20001, 20006, 20011, 99999];

describe('POST /rest/api/3/permissions/check', () => {
  it.each([
    ['alice', USERS.alice, ['ADMINISTER'], [10000, 10001, 10002], [20001, 20006]],
    ['bob', USERS.bob, [], [10001], [20006]],
    ['dana', USERS.dana, [], [], []],
    ['the app', null, ['ADMINISTER'], [10000, 10001, 10002, 10003], [20001, 20006, 20011]],
  ])('answers what %s holds, ignoring unknown ids', async (_name, accountId, globals, projects, issues) => {
    const answer = await check(
      { globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: ALL_PROJECTS, issues: SOME_ISSUES }] },
      accountId,
    );
    expect(answer.status).toBe(200);
    expect(json<Grants>(answer)).toEqual({ globalPermissions: globals, projectPermissions: [{ permission: 'BROWSE_PROJECTS', projects, issues }] });
  });

  it('lets an administrator check another user', async () => {
    const grants = json<Grants>(
      await check({ accountId: USERS.carol, projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: ALL_PROJECTS }] }, USERS.alice),
    );
    expect(grants.projectPermissions[0]?.projects).toEqual([10000, 10002]);
  });

  it.each([
    ['checking another user without ADMINISTER', { accountId: USERS.alice, globalPermissions: ['ADMINISTER'] }, USERS.bob, 403],
    ['an unknown account', { accountId: 'nobody', globalPermissions: ['ADMINISTER'] }, USERS.alice, 400],
    ['an unknown global permission', { globalPermissions: ['FLY'] }, USERS.alice, 400],
    ['a project permission among the global ones', { globalPermissions: ['BROWSE_PROJECTS'] }, USERS.alice, 400],
    ['a project entry without permissions', { projectPermissions: [{ permissions: [''], projects: [10000] }] }, USERS.alice, 400],
    ['an unknown property', { globalPermissions: ['ADMINISTER'], extra: true }, USERS.alice, 400],
  ])('answers an error for %s', async (_name, body, accountId, status) => {
    expect((await check(body, accountId)).status).toBe(status);
  });
});
