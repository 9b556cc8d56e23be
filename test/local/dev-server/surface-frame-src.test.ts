import { resolveHarnessChoices } from '../../../local/dev-server/resolve-harness-choices';
import { surfaceCatalog } from '../../../local/dev-server/surface-catalog';
import { surfaceFrameSrc } from '../../../local/dev-server/surface-frame-src';
import { tinySite } from './tiny-site';

describe('surfaceFrameSrc', () => {
  const choices = resolveHarnessChoices(tinySite, { as: 'ada', project: 'SEC', issue: 'PAY-2' }, null);
  const srcById = Object.fromEntries(surfaceCatalog.map((surface) => [surface.id, surfaceFrameSrc(surface, choices)]));

  it.each([
    ['portfolio', '/surface/pmo-portfolio?as=ada'],
    ['project-page', '/surface/raid-project-page?as=ada&project=SEC'],
    ['issue-panel', '/surface/governance-issue-panel?as=ada&issue=PAY-2'],
    ['admin-page', '/surface/governance-admin?as=ada'],
    ['report-macro', '/surface/executive-status-report?as=ada'],
    ['report-macro-config', '/surface/executive-status-report?as=ada&view=config'],
  ])('points the %s frame at its module with what it needs', (id, expected) => {
    expect(srcById[id]).toBe(expected);
  });

  it('encodes account ids as Atlassian writes them', () => {
    const entry = surfaceCatalog[0];
    if (!entry) throw new Error('empty catalog');
    expect(surfaceFrameSrc(entry, { ...choices, user: { accountId: '712020:abc-def', displayName: 'X' } })).toBe('/surface/pmo-portfolio?as=712020%3Aabc-def');
  });
});
