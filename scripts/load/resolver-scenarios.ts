import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import type { LocalApp } from '../../local/forge-runtime/create-local-app';
import type { SiteFile } from '../../local/site/site-file-schema';
import type { LoadScenario } from './run-load';

/**
 * The resolver calls of the load run, spread over the demo users: the portfolio, the viewer, the issue panel over
 * issues every user may browse, and the executive status report.
 */
export function resolverScenarios(app: LocalApp, site: SiteFile): LoadScenario[] {
  const users = Object.values(demoUsers);
  const userAt = (i: number): string => users[i % users.length]?.accountId ?? demoUsers.executive.accountId;
  const invoke = (functionKey: string, moduleKey: string, i: number, payload: Record<string, unknown> = {}) =>
    app.invokeResolver({ functionKey, payload, accountId: userAt(i), moduleKey, extension: {} });
  // The hidden project is left out: the restricted user is rightly refused its issues, which is not a load error.
  const issueKeys = site.issues.map((issue) => issue.key).filter((key) => !key.startsWith(`${demoHiddenProjectKey}-`));
  const issueKeyAt = (i: number): string => issueKeys[(i * 7919) % Math.max(1, issueKeys.length)] ?? 'NONE-1';
  return [
    { name: 'getPortfolio', call: (i) => invoke('getPortfolio', 'pmo-portfolio', i) },
    { name: 'getViewer', call: (i) => invoke('getViewer', 'governance-issue-panel', i) },
    { name: 'getIssueGovernance', call: (i) => invoke('getIssueGovernance', 'governance-issue-panel', i, { issueKey: issueKeyAt(i) }) },
    { name: 'getStatusReport', call: (i) => invoke('getStatusReport', 'executive-status-report', i, { scope: { kind: 'portfolio' }, period: '7d' }) },
  ];
}
