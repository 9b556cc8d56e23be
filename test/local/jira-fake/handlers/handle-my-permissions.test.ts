import { createJiraFake } from '../../../../local/jira-fake/create-jira-fake';
import { callFake, json } from '../call-fake';
import { buildSmallSite, NOW, USERS } from '../small-site';

interface Permissions {
  permissions: Record<string, { id: string; key: string; name: string; type: string; description: string; havePermission: boolean }>;
}

const fake = createJiraFake(buildSmallSite(), { now: () => NOW });
const my = (query: string, accountId: string | null) => callFake(fake, 'GET', `/rest/api/3/mypermissions${query}`, accountId);
const have = async (query: string, accountId: string | null, key: string) => json<Permissions>(await my(query, accountId)).permissions[key]?.havePermission;

describe('GET /rest/api/3/mypermissions', () => {
  it("answers each permission asked for in Jira's shape", async () => {
    const answer = await my('?permissions=BROWSE_PROJECTS,ADMINISTER', USERS.alice);
    expect(answer.status).toBe(200);
    expect(json<Permissions>(answer).permissions).toEqual({
      BROWSE_PROJECTS: {
        id: '10',
        key: 'BROWSE_PROJECTS',
        name: 'Browse Projects',
        type: 'PROJECT',
        description: expect.any(String) as string,
        havePermission: true,
      },
      ADMINISTER: { id: '0', key: 'ADMINISTER', name: 'Administer Jira', type: 'GLOBAL', description: expect.any(String) as string, havePermission: true },
    });
  });

  it.each([
    ['an admin holds ADMINISTER', '?permissions=ADMINISTER', USERS.alice, 'ADMINISTER', true],
    ['others do not', '?permissions=ADMINISTER', USERS.bob, 'ADMINISTER', false],
    ['the app does', '?permissions=ADMINISTER', null, 'ADMINISTER', true],
    ['browse in a granted project', '?permissions=BROWSE_PROJECTS&projectKey=PMO', USERS.carol, 'BROWSE_PROJECTS', true],
    ['browse by project id', '?permissions=BROWSE_PROJECTS&projectId=10002', USERS.carol, 'BROWSE_PROJECTS', true],
    ["browse in the issue's project", '?permissions=BROWSE_PROJECTS&issueKey=OPS-1', USERS.carol, 'BROWSE_PROJECTS', true],
    ['browse anywhere, globally', '?permissions=BROWSE_PROJECTS', USERS.bob, 'BROWSE_PROJECTS', true],
    ['no browse anywhere without grants', '?permissions=BROWSE_PROJECTS', USERS.dana, 'BROWSE_PROJECTS', false],
    ['an admin administers a granted project', '?permissions=ADMINISTER_PROJECTS&projectKey=OPS', USERS.alice, 'ADMINISTER_PROJECTS', true],
    ['a project lead administers their project', '?permissions=ADMINISTER_PROJECTS&projectKey=ENG', USERS.bob, 'ADMINISTER_PROJECTS', true],
    ['a plain member does not administer', '?permissions=ADMINISTER_PROJECTS&projectKey=PMO', USERS.carol, 'ADMINISTER_PROJECTS', false],
    ['editing follows browsing', '?permissions=EDIT_ISSUES&projectKey=OPS', USERS.carol, 'EDIT_ISSUES', true],
  ])('%s', async (_name, query, accountId, key, expected) => {
    expect(await have(query, accountId, key)).toBe(expected);
  });

  it.each([
    ['without permissions', '', USERS.alice, 400],
    ['with an unknown permission', '?permissions=FLY', USERS.alice, 400],
    ['for a project the user cannot browse', '?permissions=BROWSE_PROJECTS&projectKey=PMO', USERS.bob, 404],
    ['for a project that does not exist', '?permissions=BROWSE_PROJECTS&projectKey=NOPE', USERS.alice, 404],
    ['for an issue the user cannot browse', '?permissions=BROWSE_PROJECTS&issueKey=SEC-1', USERS.alice, 404],
  ])('answers an error %s', async (_name, query, accountId, status) => {
    const answer = await my(query, accountId);
    expect(answer.status).toBe(status);
    expect(json<{ errorMessages: string[] }>(answer).errorMessages.length).toBeGreaterThan(0);
  });
});
