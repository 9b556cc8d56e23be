import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { Envelope } from '../../src/contract/envelope';
import type { IssueGovernanceDto } from '../../src/contract/raid-governance-dto';
import type { ProjectRaidDto } from '../../src/contract/raid-project-dto';
import { defaultTemplate } from '../../src/domain/template/default-template';

const now = new Date('2026-11-20T12:00:00.000Z');

/**
 * ALPHA follows a template whose RAID policy differs from the default: Assumption issues are not RAID items, and a
 * risk is critical from score 6. The project page and the issue panel must judge ALPHA's items by it, as the roll-up does.
 */
const policyTemplate = {
  ...defaultTemplate,
  id: 'tight-risks',
  name: 'Tight risks',
  raidPolicy: {
    ...defaultTemplate.raidPolicy,
    mapping: { ...defaultTemplate.raidPolicy.mapping, issueTypes: { ...defaultTemplate.raidPolicy.mapping.issueTypes, assumption: [] } },
    riskBands: { medium: 2, high: 4, critical: 6 },
  },
};

describe("the RAID views follow the project template's RAID policy (small hand-checked site)", () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown, moduleKey: string, extension: Record<string, unknown>): Promise<T> => {
    const answer = (await app.invokeResolver({ functionKey, payload, accountId, moduleKey, extension })) as Envelope<T>;
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  };
  const admin = (functionKey: string, payload: unknown) => call(functionKey, 'admin', payload, 'governance-admin', { type: 'jira:adminPage' });
  const projectPage = (projectKey: string) => call<ProjectRaidDto>('getProjectRaid', 'pm', { projectKey }, 'raid-project-page', { type: 'jira:projectPage' });
  const panel = (issueKey: string) => call<IssueGovernanceDto>('getIssueGovernance', 'pm', { issueKey }, 'governance-issue-panel', { type: 'jira:issuePanel' });

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site: loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')), dataDir: null, fakeOptions: { now: () => now } });
    await admin('saveTemplate', { template: policyTemplate, expectedVersion: 0 });
    await admin('assignTemplate', { projectKey: 'ALPHA', templateId: policyTemplate.id, program: null });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it("lists ALPHA's RAID log without the assumption, and bands the score-6 risk critical", async () => {
    const page = await projectPage('ALPHA');
    expect(page.items.map((item) => [item.key, item.kind, item.score, item.severity])).toEqual([
      ['ALPHA-9', 'risk', 25, 'critical'],
      ['ALPHA-10', 'risk', 6, 'critical'],
    ]);
  });

  it('keeps the default policy for BETA, which follows no template', async () => {
    const page = await projectPage('BETA');
    expect(page.items.filter((item) => item.kind === 'risk' && item.score !== null && item.score < 10).every((item) => item.severity !== 'critical')).toBe(
      true,
    );
  });

  it.each([
    ['ALPHA-10 shows itself as a critical risk', 'ALPHA-10', (dto: IssueGovernanceDto) => [dto.raidItem?.kind, dto.raidItem?.severity], ['risk', 'critical']],
    ['ALPHA-11, an Assumption issue, is not a RAID item under the template', 'ALPHA-11', (dto: IssueGovernanceDto) => dto.raidItem, null],
  ])('in the issue panel, %s', async (_name, issueKey, pick, expected) => {
    expect(pick(await panel(issueKey))).toEqual(expected);
  });
});
