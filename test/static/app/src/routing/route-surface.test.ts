import { routeSurface, type SurfaceRoute } from '../../../../../static/app/src/routing/route-surface';

const issuePanel = {
  moduleKey: 'governance-issue-panel',
  extension: { type: 'jira:issuePanel', issue: { key: 'PAY-7', id: '10007', type: 'Story' }, project: { key: 'PAY', id: '10000', type: 'software' } },
};
const savedConfig = { scope: 'programs', programs: ['Digital'], period: '7d', sections: ['risks', 'headline'] };

describe('routeSurface', () => {
  it.each<[string, unknown, string | null, SurfaceRoute]>([
    ['routes the issue panel with its issue and project keys', issuePanel, null, { kind: 'issue-panel', issueKey: 'PAY-7', projectKey: 'PAY' }],
    [
      'routes an issue panel without an issue in its context to null keys',
      { moduleKey: 'governance-issue-panel', extension: { type: 'jira:issuePanel' } },
      null,
      { kind: 'issue-panel', issueKey: null, projectKey: null },
    ],
    [
      'routes the project page with its project key',
      { moduleKey: 'raid-project-page', extension: { project: { key: 'OPS' } } },
      null,
      { kind: 'project-page', projectKey: 'OPS' },
    ],
    ['routes the global page to the portfolio', { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } }, null, { kind: 'portfolio' }],
    ['routes the admin page', { moduleKey: 'governance-admin' }, null, { kind: 'admin' }],
    [
      'routes the macro with its saved settings in canonical order',
      { moduleKey: 'executive-status-report', extension: { type: 'macro', config: savedConfig } },
      null,
      { kind: 'report-macro', config: { scope: 'programs', programs: ['Digital'], projects: [], period: '7d', sections: ['headline', 'risks'] } },
    ],
    [
      'routes a never-configured macro with no settings',
      { moduleKey: 'executive-status-report', extension: { type: 'macro' } },
      null,
      { kind: 'report-macro', config: null },
    ],
    [
      'routes the macro to its settings page when the index.html carries the config marker',
      { moduleKey: 'executive-status-report', extension: { type: 'macro', config: savedConfig } },
      'macro-config',
      { kind: 'report-macro-config', config: { scope: 'programs', programs: ['Digital'], projects: [], period: '7d', sections: ['headline', 'risks'] } },
    ],
    [
      'treats settings that no longer fit the schema as none',
      { moduleKey: 'executive-status-report', extension: { config: { scope: 'galaxy' } } },
      null,
      { kind: 'report-macro', config: null },
    ],
    ['ignores the config marker on any module but the macro', { moduleKey: 'pmo-portfolio', extension: {} }, 'macro-config', { kind: 'portfolio' }],
    ['names a module this build does not know', { moduleKey: 'some-other-module', extension: {} }, null, { kind: 'unknown', moduleKey: 'some-other-module' }],
    ['reports an unusable context as unknown without a module', { extension: {} }, null, { kind: 'unknown', moduleKey: null }],
    ['reports a missing context as unknown without a module', undefined, null, { kind: 'unknown', moduleKey: null }],
  ])('%s', (_name, context, marker, expected) => {
    expect(routeSurface(context, marker)).toEqual(expected);
  });
});
