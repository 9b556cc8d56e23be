import { makeResolver } from '@forge/resolver';
import type { ResolverDefs } from '../contract/resolver-defs';
import { assignTemplateResolver } from './assign-template-resolver';
import { cloneTemplateResolver } from './clone-template-resolver';
import { deleteTemplateResolver } from './delete-template-resolver';
import { exportTemplatesResolver } from './export-templates-resolver';
import { getAuditLogResolver } from './get-audit-log-resolver';
import { getTemplateResolver } from './get-template-resolver';
import { importTemplatesResolver } from './import-templates-resolver';
import { listTemplatesResolver } from './list-templates-resolver';
import { previewTemplateResolver } from './preview-template-resolver';
import { saveTemplateResolver } from './save-template-resolver';
import { validateTemplateResolver } from './validate-template-resolver';
import { getIssueGovernanceResolver } from './get-issue-governance-resolver';
import { getPortfolioResolver } from './get-portfolio-resolver';
import { getProjectRaidResolver } from './get-project-raid-resolver';
import { getStatusReportResolver } from './get-status-report-resolver';
import { getFrozenReportResolver } from './get-frozen-report-resolver';
import { listFrozenReportsResolver } from './list-frozen-reports-resolver';
import { publishStatusReportResolver } from './publish-status-report-resolver';
import { getViewerResolver } from './get-viewer-resolver';
import { requestRefreshResolver } from './request-refresh-resolver';
import { deleteBaselineResolver } from './delete-baseline-resolver';
import { listBaselinesResolver } from './list-baselines-resolver';
import { takeBaselineResolver } from './take-baseline-resolver';
import { clearRagOverrideResolver } from './clear-rag-override-resolver';
import { getRagOverridesResolver } from './get-rag-overrides-resolver';
import { setRagOverrideResolver } from './set-rag-override-resolver';
import { estimateFullRereadResolver, getPointsBudgetResolver, requestFullRereadResolver, setPointsBudgetResolver } from './points-budget-resolvers';

/** Every resolver the UI may invoke, checked against the shared contract. */
export const resolverHandler = makeResolver<ResolverDefs>({
  listTemplates: listTemplatesResolver,
  getTemplate: getTemplateResolver,
  saveTemplate: saveTemplateResolver,
  deleteTemplate: deleteTemplateResolver,
  cloneTemplate: cloneTemplateResolver,
  assignTemplate: assignTemplateResolver,
  importTemplates: importTemplatesResolver,
  exportTemplates: exportTemplatesResolver,
  previewTemplate: previewTemplateResolver,
  getAuditLog: getAuditLogResolver,
  validateTemplate: validateTemplateResolver,
  getViewer: getViewerResolver,
  getPortfolio: getPortfolioResolver,
  requestRefresh: requestRefreshResolver,
  getIssueGovernance: getIssueGovernanceResolver,
  getProjectRaid: getProjectRaidResolver,
  getStatusReport: getStatusReportResolver,
  publishStatusReport: publishStatusReportResolver,
  listFrozenReports: listFrozenReportsResolver,
  getFrozenReport: getFrozenReportResolver,
  listBaselines: listBaselinesResolver,
  takeBaseline: takeBaselineResolver,
  deleteBaseline: deleteBaselineResolver,
  getRagOverrides: getRagOverridesResolver,
  setRagOverride: setRagOverrideResolver,
  clearRagOverride: clearRagOverrideResolver,
  getPointsBudget: getPointsBudgetResolver,
  setPointsBudget: setPointsBudgetResolver,
  estimateFullReread: estimateFullRereadResolver,
  requestFullReread: requestFullRereadResolver,
});
