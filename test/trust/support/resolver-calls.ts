import type { SiteFile } from '../../../local/site/site-file-schema';
import type { ResolverName } from '../../../src/contract/resolver-defs';
import { weightedScoringModel } from '../../../src/domain/intake/weighted-scoring-model';
import { defaultTemplate } from '../../../src/domain/template/default-template';

/** One resolver invocation as a surface makes it: the function, a valid payload, and the module it comes from. */
export interface ResolverCall {
  readonly functionKey: ResolverName;
  readonly payload: Record<string, unknown>;
  readonly moduleKey: string;
  readonly extension: Readonly<Record<string, unknown>>;
  /** What the call is about, for test names: "CORE", "portfolio 7d". */
  readonly label: string;
}

const admin = { moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } };
const portfolio = { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } };
const macro = { moduleKey: 'executive-status-report', extension: { type: 'macro' } };
const projectPage = (key: string) => ({ moduleKey: 'raid-project-page', extension: { type: 'jira:projectPage', project: { key } } });
const issuePanel = (key: string) => ({ moduleKey: 'governance-issue-panel', extension: { type: 'jira:issuePanel', issue: { key } } });

/** A template of the audit's own, so the admin writes change nothing the built-in templates rely on. */
export const auditTemplate = { ...defaultTemplate, id: 'trust-audit', name: 'Trust audit' };

const periods = ['7d', '14d', '30d'] as const;

/** Issues the panel is opened on: each project's first issue (an epic), first risk and last issue. */
function panelIssueKeys(site: SiteFile): string[] {
  return site.projects
    .flatMap((project) => {
      const own = site.issues.filter((issue) => issue.key.startsWith(`${project.key}-`));
      const byType = (name: string) => own.find((issue) => JSON.stringify(issue.fields).includes(`"name":"${name}"`));
      return [own[0], byType('Risk'), own.at(-1)].flatMap((issue) => (issue === undefined ? [] : [issue.key]));
    })
    .filter((key, index, all) => all.indexOf(key) === index);
}

/** The site's programs (project categories), for what-ifs on each. */
function capacityPrograms(site: SiteFile): string[] {
  return [...new Set(site.projects.flatMap((p) => (p.projectCategory ? [p.projectCategory.name] : [])))];
}

function reportScopes(site: SiteFile): { label: string; scope: Record<string, unknown> }[] {
  const programs = [...new Set(site.projects.flatMap((p) => (p.projectCategory ? [p.projectCategory.name] : [])))];
  return [
    { label: 'portfolio', scope: { kind: 'portfolio' } },
    ...programs.map((name) => ({ label: `program ${name}`, scope: { kind: 'programs', names: [name] } })),
    { label: 'every project', scope: { kind: 'projects', keys: site.projects.map((p) => p.key) } },
    ...site.projects.map((p) => ({ label: `project ${p.key}`, scope: { kind: 'projects', keys: [p.key] } })),
  ];
}

/**
 * The read calls (and the open writes: refresh, publish) of every resolver as the surfaces make them, over every
 * project of the site. The record's type lists every resolver, so a new one cannot be forgotten here.
 */
export function readCallsByResolver(site: SiteFile): Record<ResolverName, readonly ResolverCall[]> {
  const keys = site.projects.map((p) => p.key);
  const scopes = reportScopes(site);
  return {
    listTemplates: [{ functionKey: 'listTemplates', payload: {}, ...admin, label: 'all' }],
    getTemplate: ['default', 'prince2', 'scrum'].map((id) => ({ functionKey: 'getTemplate', payload: { id }, ...admin, label: id })),
    exportTemplates: [{ functionKey: 'exportTemplates', payload: {}, ...admin, label: 'all' }],
    previewTemplate: keys.map((projectKey) => ({
      functionKey: 'previewTemplate',
      payload: { template: defaultTemplate, projectKey },
      ...admin,
      label: projectKey,
    })),
    validateTemplate: [{ functionKey: 'validateTemplate', payload: { template: auditTemplate }, ...admin, label: 'audit template' }],
    getAuditLog: [{ functionKey: 'getAuditLog', payload: { limit: 100 }, ...admin, label: 'latest 100' }],
    getViewer: [{ functionKey: 'getViewer', payload: {}, ...portfolio, label: 'self' }],
    getPortfolio: [{ functionKey: 'getPortfolio', payload: {}, ...portfolio, label: 'all' }],
    requestRefresh: [{ functionKey: 'requestRefresh', payload: {}, ...portfolio, label: 'manual' }],
    getIssueGovernance: panelIssueKeys(site).map((issueKey) => ({
      functionKey: 'getIssueGovernance',
      payload: { issueKey },
      ...issuePanel(issueKey),
      label: issueKey,
    })),
    getProjectRaid: keys.map((projectKey) => ({ functionKey: 'getProjectRaid', payload: { projectKey }, ...projectPage(projectKey), label: projectKey })),
    getStatusReport: scopes.flatMap(({ label, scope }) =>
      (label.startsWith('project ') ? (['30d'] as const) : periods).map((period) => ({
        functionKey: 'getStatusReport' as const,
        payload: { scope, period },
        ...macro,
        label: `${label} ${period}`,
      })),
    ),
    publishStatusReport: [{ functionKey: 'publishStatusReport', payload: { scope: { kind: 'portfolio' }, period: '30d' }, ...macro, label: 'portfolio 30d' }],
    listFrozenReports: [{ functionKey: 'listFrozenReports', payload: {}, ...macro, label: 'this macro' }],
    getFrozenReport: [{ functionKey: 'getFrozenReport', payload: { id: '2026-01-01T00:00:00.000Z-0badc0de' }, ...macro, label: 'unknown id' }],
    listBaselines: [
      { functionKey: 'listBaselines', payload: {}, ...admin, label: 'admin page' },
      { functionKey: 'listBaselines', payload: {}, ...macro, label: 'report settings' },
    ],
    getRagOverrides: keys.map((projectKey) => ({ functionKey: 'getRagOverrides', payload: { projectKey }, ...projectPage(projectKey), label: projectKey })),
    getChangeControl: keys.map((projectKey) => ({ functionKey: 'getChangeControl', payload: { projectKey }, ...projectPage(projectKey), label: projectKey })),
    getPointsBudget: [{ functionKey: 'getPointsBudget', payload: {}, ...admin, label: 'budget' }],
    getCapacity: [{ functionKey: 'getCapacity', payload: {}, ...portfolio, label: 'heat map' }],
    getIntakeBoard: [{ functionKey: 'getIntakeBoard', payload: {}, ...portfolio, label: 'board' }],
    listScoringModels: [{ functionKey: 'listScoringModels', payload: {}, ...admin, label: 'all' }],
    whatIfCapacity: capacityPrograms(site).map((program) => ({
      functionKey: 'whatIfCapacity',
      payload: {
        proposals: [
          { id: 'IN-1', program, estimate: 40, runs: { kind: 'quarters', quarters: ['2027-Q1', '2027-Q2'] } },
          { id: 'IN-2', program, estimate: 30, runs: { kind: 'dates', start: '2027-03-01', end: '2027-04-30' } },
        ],
        selectedIds: ['IN-1', 'IN-2'],
      },
      ...portfolio,
      label: `program ${program}`,
    })),
    estimateFullReread: [],
    setPointsBudget: [],
    requestFullReread: [],
    saveTemplate: [],
    takeBaseline: [],
    deleteBaseline: [],
    setRagOverride: [],
    clearRagOverride: [],
    deleteTemplate: [],
    cloneTemplate: [],
    assignTemplate: [],
    importTemplates: [],
    approveBaseline: [],
    decideChange: [],
    saveCapacity: [],
    saveScoringModel: [],
    importScoringModels: [],
    saveIntakeSettings: [],
    scoreProposal: [],
    decideProposal: [],
    linkProposalDelivery: [],
    unlinkProposalDelivery: [],
  };
}

/** The admin-only writes. */
export type AdminWriteName =
  | 'saveTemplate'
  | 'cloneTemplate'
  | 'assignTemplate'
  | 'deleteTemplate'
  | 'importTemplates'
  | 'takeBaseline'
  | 'deleteBaseline'
  | 'setRagOverride'
  | 'clearRagOverride'
  | 'saveCapacity'
  | 'saveScoringModel'
  | 'importScoringModels'
  | 'saveIntakeSettings';

/** A day a month after the clock's today (real or faked): an override expiry that is always valid. */
function inAMonth(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
}

/** The name of the baseline the admin writes take (and of the one they take and delete, with " (deleted)"). */
export const auditBaselineName = 'Trust audit baseline';

/** A well-formed id no baseline has: the admin writes put the id of the baseline they took in its place. */
export const placeholderBaselineId = '20260101T000000Z-0badc0de';

export type AdminWriteCall = ResolverCall & { readonly functionKey: AdminWriteName };

/** A scoring model of the audit's own, saved and then chosen for intake by the admin writes. */
export const auditScoringModel = { ...weightedScoringModel, id: 'trust-audit-model', name: 'Trust audit model' };

/** A scoring model the admin writes import from an export file. */
export const auditImportedScoringModel = { ...weightedScoringModel, id: 'trust-imported-model', name: 'Trust imported model' };

/** The id of the clone the admin writes create, delete and import back. */
export const cloneId = 'scrum-audit';

/**
 * The admin-only writes with valid payloads, in an order that succeeds as the admin from a fresh store: create a
 * template, clone a built-in, assign the new one, delete the clone, then import the clone back from `exported` (the
 * export file of the clone, taken before the delete); take a baseline and delete it (by the id the take answered),
 * and take one to keep; set a program's capacity; save a scoring model, import another, and run intake on CORE with the first.
 */
export function adminWriteCalls(exported: string): readonly AdminWriteCall[] {
  return [
    { functionKey: 'saveTemplate', payload: { template: auditTemplate, expectedVersion: 0 }, ...admin, label: 'new template' },
    { functionKey: 'cloneTemplate', payload: { id: 'scrum', newId: cloneId, name: 'Scrum audit' }, ...admin, label: 'clone scrum' },
    { functionKey: 'assignTemplate', payload: { projectKey: 'CORE', templateId: auditTemplate.id, program: null }, ...admin, label: 'CORE' },
    { functionKey: 'deleteTemplate', payload: { id: cloneId, expectedVersion: 1 }, ...admin, label: 'the clone' },
    { functionKey: 'importTemplates', payload: { json: exported }, ...admin, label: 'the exported clone' },
    { functionKey: 'takeBaseline', payload: { name: `${auditBaselineName} (deleted)` }, ...admin, label: 'a baseline to delete' },
    { functionKey: 'deleteBaseline', payload: { id: placeholderBaselineId }, ...admin, label: 'the baseline just taken' },
    { functionKey: 'takeBaseline', payload: { name: auditBaselineName }, ...admin, label: 'a baseline to keep' },
    {
      functionKey: 'setRagOverride',
      payload: { projectKey: 'CORE', target: 'cost', rag: 'amber', reason: 'Change request approved at the steering committee', expiresOn: inAMonth() },
      ...projectPage('CORE'),
      label: 'CORE cost',
    },
    { functionKey: 'clearRagOverride', payload: { projectKey: 'CORE', target: 'cost' }, ...projectPage('CORE'), label: 'CORE cost' },
    {
      functionKey: 'setRagOverride',
      payload: { projectKey: 'CORE', target: 'overall', rag: 'amber', reason: 'Recovery plan agreed with the sponsor', expiresOn: inAMonth() },
      ...projectPage('CORE'),
      label: 'CORE overall, kept',
    },
    {
      functionKey: 'saveCapacity',
      payload: { capacities: [{ program: 'Core Platforms', unit: 'story-points', byQuarter: { '2027-Q1': 120, '2027-Q2': 120 } }], expectedVersion: 0 },
      ...admin,
      label: 'Core Platforms',
    },
    { functionKey: 'saveScoringModel', payload: { model: auditScoringModel, expectedVersion: 0 }, ...admin, label: 'new scoring model' },
    {
      functionKey: 'importScoringModels',
      payload: { json: JSON.stringify({ format: 'pmo-governance-scoring-models', formatVersion: 1, models: [auditImportedScoringModel] }) },
      ...admin,
      label: 'an imported scoring model',
    },
    {
      functionKey: 'saveIntakeSettings',
      payload: { settings: { projectKeys: ['CORE'], issueTypes: ['Proposal'], labels: ['intake'], modelId: auditScoringModel.id } },
      ...admin,
      label: 'intake on CORE',
    },
  ];
}
