import { parseSiteFile } from '../../../local/site/load-site-file';
import type { SiteFile } from '../../../local/site/site-file-schema';

const status = { id: '1', name: 'To Do', statusCategory: { key: 'new' as const } };

function issue(id: string, key: string, projectId: string, summary: string) {
  const projectKey = key.replace(/-\d+$/, '');
  return {
    id,
    key,
    fields: {
      summary,
      issuetype: { id: '10001', name: 'Story' },
      project: { id: projectId, key: projectKey },
      status,
      created: '2026-11-01T09:00:00.000+0000',
      updated: '2026-11-02T09:00:00.000+0000',
    },
  };
}

/** Two projects, one of them hidden from "rita", and three issues: enough for the harness's choices and checks. */
export const tinySite: SiteFile = parseSiteFile({
  name: 'Tiny site',
  baseUrl: 'https://tiny.atlassian.net',
  users: [
    { accountId: 'ada', displayName: 'Ada Admin', groups: ['jira-administrators'] },
    { accountId: 'rita', displayName: 'Rita Restricted' },
    { accountId: 'gone', displayName: 'Gone User', active: false },
  ],
  projects: [
    { id: '10000', key: 'PAY', name: 'Payments', projectCategory: { id: '1', name: 'Core' } },
    { id: '10001', key: 'SEC', name: 'Secret Merger' },
  ],
  issues: [issue('20001', 'PAY-1', '10000', 'Card limits'), issue('20002', 'PAY-2', '10000', 'Refunds'), issue('20003', 'SEC-1', '10001', 'Due diligence')],
  permissions: { ada: ['PAY', 'SEC'], rita: ['PAY'] },
});
