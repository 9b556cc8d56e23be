import { resolveHarnessChoices, type HarnessRequest } from '../../../local/dev-server/resolve-harness-choices';
import { tinySite } from './tiny-site';

describe('resolveHarnessChoices', () => {
  it.each<[string, HarnessRequest, string | null, { user: string; project: string | null; issue: string | null }]>([
    ['keeps what was asked for when the user may see it', { as: 'ada', project: 'SEC', issue: 'PAY-2' }, null, { user: 'ada', project: 'SEC', issue: 'PAY-2' }],
    ['starts with the preferred user, the first project and its first issue', {}, 'rita', { user: 'rita', project: 'PAY', issue: 'PAY-1' }],
    ['falls back to the first active user when the preferred one is not on the site', {}, 'nobody', { user: 'ada', project: 'PAY', issue: 'PAY-1' }],
    ['never signs in as an inactive user', { as: 'gone' }, null, { user: 'ada', project: 'PAY', issue: 'PAY-1' }],
    [
      'drops a hidden project and issue after switching to a user who may not see them',
      { as: 'rita', project: 'SEC', issue: 'SEC-1' },
      null,
      { user: 'rita', project: 'PAY', issue: 'PAY-1' },
    ],
    ['picks an issue of the chosen project when none is asked for', { as: 'ada', project: 'SEC' }, null, { user: 'ada', project: 'SEC', issue: 'SEC-1' }],
  ])('%s', (_name, request, preferred, expected) => {
    const choices = resolveHarnessChoices(tinySite, request, preferred);
    expect({ user: choices.user.accountId, project: choices.project?.key ?? null, issue: choices.issue?.key ?? null }).toEqual(expected);
  });

  it('offers a restricted user nothing from the project they may not browse', () => {
    const choices = resolveHarnessChoices(tinySite, { as: 'rita' }, null);
    expect(choices.projects.map((p) => p.key)).toEqual(['PAY']);
    expect(choices.issues.map((i) => i.key)).toEqual(['PAY-1', 'PAY-2']);
  });

  it('lists only active users', () => {
    expect(resolveHarnessChoices(tinySite, {}, null).users.map((u) => u.accountId)).toEqual(['ada', 'rita']);
  });
});
