import { buildSurfaceContext, localMacro, type SurfaceContextInput } from '../../../local/dev-server/build-surface-context';
import { findSurface, surfaceCatalog, type SurfaceEntry } from '../../../local/dev-server/surface-catalog';

const project = { id: '10000', key: 'PAY', name: 'Payments', typeKey: 'software' };
const issue = { id: '20001', key: 'PAY-1', summary: 'Card limits', typeName: 'Story', projectKey: 'PAY' };

function entry(moduleKey: string, configView = false): SurfaceEntry {
  const found = findSurface(moduleKey, configView);
  if (!found) throw new Error(`no surface ${moduleKey}`);
  return found;
}

function contextFor(surface: SurfaceEntry, overrides: Partial<SurfaceContextInput> = {}) {
  return buildSurfaceContext({
    surface,
    accountId: 'ada',
    cloudId: 'cloud-1',
    siteUrl: 'https://tiny.atlassian.net',
    timezone: 'Europe/London',
    project,
    issue,
    issueProject: project,
    macroConfig: undefined,
    ...overrides,
  });
}

describe('buildSurfaceContext', () => {
  it.each(surfaceCatalog.map((surface) => [surface.id, surface] as const))('gives the %s frame the Forge fields every module gets', (_id, surface) => {
    expect(contextFor(surface)).toMatchObject({
      accountId: 'ada',
      cloudId: 'cloud-1',
      moduleKey: surface.moduleKey,
      environmentType: 'DEVELOPMENT',
      locale: 'en-US',
      timezone: 'Europe/London',
      siteUrl: 'https://tiny.atlassian.net',
      extension: { type: surface.extensionType },
    });
  });

  it('gives the issue panel its issue and the issue’s project', () => {
    expect(contextFor(entry('governance-issue-panel')).extension).toEqual({
      type: 'jira:issuePanel',
      issue: { id: '20001', key: 'PAY-1', type: 'Story' },
      project: { id: '10000', key: 'PAY', type: 'software' },
      isNewToIssue: false,
    });
  });

  it('gives the project page its project and no issue', () => {
    expect(contextFor(entry('raid-project-page')).extension).toEqual({ type: 'jira:projectPage', project: { id: '10000', key: 'PAY', type: 'software' } });
  });

  it.each(['pmo-portfolio', 'governance-admin'])('gives the %s page neither issue nor project', (moduleKey) => {
    expect(Object.keys(contextFor(entry(moduleKey)).extension as object)).toEqual(['type']);
  });

  it('gives the macro and its settings page the saved config, the page and the space', () => {
    const config = { scope: 'programs', period: '7d', sections: ['rag'] };
    for (const configView of [false, true]) {
      expect(contextFor(entry('executive-status-report', configView), { macroConfig: config })).toMatchObject({
        localId: localMacro.localId,
        extension: { type: 'macro', config, content: { id: localMacro.contentId }, space: { key: localMacro.spaceKey }, isEditing: configView },
      });
    }
  });

  it('leaves config out of a macro that was never configured', () => {
    expect(contextFor(entry('executive-status-report')).extension).not.toHaveProperty('config');
  });
});
