import { harnessChoicesFor, planSurfaceFrame, type FramePlan, type HarnessSite } from '../../../local/dev-server/plan-surface-frame';
import type { SurfaceQuery } from '../../../local/dev-server/dev-server-requests';
import { tinySite } from './tiny-site';

const onSite: HarnessSite = { kind: 'site', site: tinySite, preferredAccountId: 'ada' };
const onRealJira: HarnessSite = { kind: 'real', actingUser: { accountId: 'owner-1', displayName: 'Token Owner' } };

function summary(plan: FramePlan) {
  return plan.ok
    ? { user: plan.user.accountId, project: plan.project?.key ?? null, issue: plan.issue?.key ?? null, issueProject: plan.issueProject?.key ?? null }
    : { status: plan.status };
}

describe('planSurfaceFrame', () => {
  it.each<[string, HarnessSite, SurfaceQuery, ReturnType<typeof summary>]>([
    [
      'gives an issue frame the issue and its own project',
      onSite,
      { as: 'rita', issue: 'PAY-2' },
      { user: 'rita', project: null, issue: 'PAY-2', issueProject: 'PAY' },
    ],
    ['gives a project frame only the project', onSite, { as: 'ada', project: 'SEC' }, { user: 'ada', project: 'SEC', issue: null, issueProject: null }],
    ['signs a frame without a user in as the preferred user', onSite, {}, { user: 'ada', project: null, issue: null, issueProject: null }],
    ['refuses an issue the user may not see, as Jira does', onSite, { as: 'rita', issue: 'SEC-1' }, { status: 404 }],
    ['refuses a project the user may not browse', onSite, { as: 'rita', project: 'SEC' }, { status: 404 }],
    ['refuses a user who is not on the site', onSite, { as: 'mallory' }, { status: 400 }],
    [
      'takes typed keys as they are against a real site',
      onRealJira,
      { issue: 'ABC-12', project: 'XYZ' },
      { user: 'owner-1', project: 'XYZ', issue: 'ABC-12', issueProject: 'ABC' },
    ],
    [
      'acts as the token owner against a real site whoever is asked for',
      onRealJira,
      { as: 'someone-else' },
      { user: 'owner-1', project: null, issue: null, issueProject: null },
    ],
  ])('%s', (_name, host, query, expected) => {
    expect(summary(planSurfaceFrame(host, query))).toEqual(expected);
  });
});

describe('harnessChoicesFor', () => {
  it('offers only the token owner against a real site', () => {
    expect(harnessChoicesFor(onRealJira, {}).users).toEqual([{ accountId: 'owner-1', displayName: 'Token Owner' }]);
  });

  it('falls back quietly on the harness page where a frame would refuse', () => {
    const choices = harnessChoicesFor(onSite, { as: 'rita', issue: 'SEC-1' });
    expect([choices.user.accountId, choices.issue?.key]).toEqual(['rita', 'PAY-1']);
  });
});
