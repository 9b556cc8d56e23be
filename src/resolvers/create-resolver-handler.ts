import { makeResolver } from '@forge/resolver';
import type { ResolverDefs } from '../contract/resolver-defs';
import type { ResolverDeps } from './resolver-deps';
import { serveResolver } from './serve-resolver';
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
import { approveBaselineResolver } from './approve-baseline-resolver';
import { decideChangeResolver } from './decide-change-resolver';
import { getChangeControlResolver } from './get-change-control-resolver';
import { decideProposalResolver } from './decide-proposal-resolver';
import { linkProposalDeliveryResolver } from './link-proposal-delivery-resolver';
import { unlinkProposalDeliveryResolver } from './unlink-proposal-delivery-resolver';
import { getIntakeBoardResolver } from './get-intake-board-resolver';
import { listScoringModelsResolver } from './list-scoring-models-resolver';
import { saveIntakeSettingsResolver } from './save-intake-settings-resolver';
import { saveScoringModelResolver } from './save-scoring-model-resolver';
import { importScoringModelsResolver } from './import-scoring-models-resolver';
import { scoreProposalResolver } from './score-proposal-resolver';
import { getCapacityResolver } from './get-capacity-resolver';
import { saveCapacityResolver } from './save-capacity-resolver';
import { whatIfCapacityResolver } from './what-if-capacity-resolver';
import { estimateFullRereadResolver, getPointsBudgetResolver, requestFullRereadResolver, setPointsBudgetResolver } from './points-budget-resolvers';

/**
 * Every resolver the UI may invoke, checked against the shared contract, each run through one handler with the
 * invocation's deps from `depsFor` (production: `createResolverDeps()`; tests may give another clock).
 */
export function createResolverHandler(depsFor: (context: unknown) => ResolverDeps): ReturnType<typeof makeResolver<ResolverDefs>> {
  return makeResolver<ResolverDefs>({
    listTemplates: serveResolver(listTemplatesResolver, depsFor),
    getTemplate: serveResolver(getTemplateResolver, depsFor),
    saveTemplate: serveResolver(saveTemplateResolver, depsFor),
    deleteTemplate: serveResolver(deleteTemplateResolver, depsFor),
    cloneTemplate: serveResolver(cloneTemplateResolver, depsFor),
    assignTemplate: serveResolver(assignTemplateResolver, depsFor),
    importTemplates: serveResolver(importTemplatesResolver, depsFor),
    exportTemplates: serveResolver(exportTemplatesResolver, depsFor),
    previewTemplate: serveResolver(previewTemplateResolver, depsFor),
    getAuditLog: serveResolver(getAuditLogResolver, depsFor),
    validateTemplate: serveResolver(validateTemplateResolver, depsFor),
    getViewer: serveResolver(getViewerResolver, depsFor),
    getPortfolio: serveResolver(getPortfolioResolver, depsFor),
    requestRefresh: serveResolver(requestRefreshResolver, depsFor),
    getIssueGovernance: serveResolver(getIssueGovernanceResolver, depsFor),
    getProjectRaid: serveResolver(getProjectRaidResolver, depsFor),
    getStatusReport: serveResolver(getStatusReportResolver, depsFor),
    publishStatusReport: serveResolver(publishStatusReportResolver, depsFor),
    listFrozenReports: serveResolver(listFrozenReportsResolver, depsFor),
    getFrozenReport: serveResolver(getFrozenReportResolver, depsFor),
    listBaselines: serveResolver(listBaselinesResolver, depsFor),
    takeBaseline: serveResolver(takeBaselineResolver, depsFor),
    deleteBaseline: serveResolver(deleteBaselineResolver, depsFor),
    getRagOverrides: serveResolver(getRagOverridesResolver, depsFor),
    setRagOverride: serveResolver(setRagOverrideResolver, depsFor),
    clearRagOverride: serveResolver(clearRagOverrideResolver, depsFor),
    getPointsBudget: serveResolver(getPointsBudgetResolver, depsFor),
    setPointsBudget: serveResolver(setPointsBudgetResolver, depsFor),
    estimateFullReread: serveResolver(estimateFullRereadResolver, depsFor),
    requestFullReread: serveResolver(requestFullRereadResolver, depsFor),
    getChangeControl: serveResolver(getChangeControlResolver, depsFor),
    approveBaseline: serveResolver(approveBaselineResolver, depsFor),
    decideChange: serveResolver(decideChangeResolver, depsFor),
    getIntakeBoard: serveResolver(getIntakeBoardResolver, depsFor),
    listScoringModels: serveResolver(listScoringModelsResolver, depsFor),
    saveScoringModel: serveResolver(saveScoringModelResolver, depsFor),
    importScoringModels: serveResolver(importScoringModelsResolver, depsFor),
    saveIntakeSettings: serveResolver(saveIntakeSettingsResolver, depsFor),
    scoreProposal: serveResolver(scoreProposalResolver, depsFor),
    decideProposal: serveResolver(decideProposalResolver, depsFor),
    linkProposalDelivery: serveResolver(linkProposalDeliveryResolver, depsFor),
    unlinkProposalDelivery: serveResolver(unlinkProposalDeliveryResolver, depsFor),
    getCapacity: serveResolver(getCapacityResolver, depsFor),
    saveCapacity: serveResolver(saveCapacityResolver, depsFor),
    whatIfCapacity: serveResolver(whatIfCapacityResolver, depsFor),
  });
}
