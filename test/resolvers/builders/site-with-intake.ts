import { resolve } from 'node:path';
import { loadSiteFile } from '../../../local/site/load-site-file';
import { siteFileSchema, type SiteFile } from '../../../local/site/site-file-schema';
import { jiraIssueJson } from '../../support/jira-issue-json';

const fixture = loadSiteFile(resolve(__dirname, '..', '..', 'fixtures', 'small-site.json'));

const number = (id: string, name: string) => ({
  id,
  name,
  custom: true,
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: Number(id.slice(12)) },
});
const idea = {
  id: '10003',
  key: 'IDEA',
  name: 'Idea Intake',
  projectTypeKey: 'software',
  projectCategory: { id: '10000', name: 'Digital' },
  lead: { accountId: 'pm', displayName: 'Paul PM' },
};
const projectOf = { IDEA: { id: '10003', key: 'IDEA', name: 'Idea Intake' }, GAMMA: { id: '10002', key: 'GAMMA', name: 'Gamma Vendor Exit' } } as const;

/** A proposal as Jira answers it, its WSJF parts in the criteria fields customfield_10070..10073. */
function proposal(id: string, key: string, summary: string, created: string, wsjf: readonly [number, number, number, number | null]) {
  const [bv, tc, rr, js] = wsjf;
  return jiraIssueJson({
    id,
    key,
    summary,
    created,
    project: key.startsWith('GAMMA') ? projectOf.GAMMA : projectOf.IDEA,
    custom: { customfield_10070: bv, customfield_10071: tc, customfield_10072: rr, customfield_10073: js },
  });
}

/**
 * The small site with an intake project IDEA (program Digital, led by pm) that everyone but dev may browse, and one
 * proposal in GAMMA, which the restricted user and dev may not browse. By hand, WSJF = (BV + TC + RR) / JS:
 * IDEA-1 (8 + 5 + 0) / 2 = 6.5; IDEA-2 (13 + 8 + 5) / 2 = 13; IDEA-3 (5 + 3 + 5) / 2 = 6.5, submitted later;
 * IDEA-4 has no Job Size (unscored); GAMMA-6 (20 + 20 + 20) / 1 = 60.
 */
export function siteWithIntake(): SiteFile {
  return siteFileSchema.parse({
    ...fixture,
    projects: [...fixture.projects, idea],
    permissions: Object.fromEntries(Object.entries(fixture.permissions).map(([user, keys]) => [user, user === 'dev' ? keys : [...keys, 'IDEA']])),
    fields: [
      ...fixture.fields,
      number('customfield_10070', 'Business Value'),
      number('customfield_10071', 'Time Criticality'),
      number('customfield_10072', 'Risk Reduction / Opportunity Enablement'),
      number('customfield_10073', 'Job Size'),
    ],
    issues: [
      ...fixture.issues,
      proposal('10950', 'IDEA-1', 'Self-service onboarding', '2026-11-01', [8, 5, 0, 2]),
      proposal('10951', 'IDEA-2', 'Partner API', '2026-11-02', [13, 8, 5, 2]),
      proposal('10952', 'IDEA-3', 'Data retention clean-up', '2026-11-03', [5, 3, 5, 2]),
      proposal('10953', 'IDEA-4', 'Office move', '2026-11-04', [1, 1, 1, null]),
      proposal('10954', 'GAMMA-6', 'Vendor exit phase two', '2026-11-05', [20, 20, 20, 1]),
    ],
  });
}
