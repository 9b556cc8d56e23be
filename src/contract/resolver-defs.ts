/**
 * The one typed contract between the back end (`makeResolver<ResolverDefs>`) and the UI (`makeInvoke<ResolverDefs>`).
 * The UI imports it with `import type` only, so no back-end code reaches the browser bundle.
 */
import type { Envelope } from './envelope';
import type { AuditLogDto } from './audit-log-dto';
import type { TemplateDto } from './template-dto';
import type { TemplateListDto } from './template-list-dto';
import type {
  AssignTemplatePayload,
  CloneTemplatePayload,
  DeleteTemplatePayload,
  ImportTemplatesPayload,
  PreviewTemplatePayload,
  SaveTemplatePayload,
  TemplateIdPayload,
} from './template-payloads';
import type { TemplatePreviewDto } from './template-preview-dto';
import type { TemplateValidationDto } from './template-validation-dto';
import type { ProjectAssignment } from '../ports/project-assignment';
import type { PortfolioDto } from './portfolio-dto';
import type { StatusReportDto } from './report-dto';
import type { FrozenReportDto, FrozenReportListDto } from './report-frozen-dto';
import type { FrozenReportSummary } from '../domain/report/frozen-report';
import type { StatusReportPayload } from './report-payload';
import type { BaselineDto, BaselineListDto, TakeBaselinePayload } from './baseline-dto';
import type { ClearRagOverridePayload, RagOverridesDto, SetRagOverridePayload } from './rag-override-dto';
import type { IssueGovernanceDto } from './raid-governance-dto';
import type { ProjectRaidDto } from './raid-project-dto';
import type { RefreshRequestDto } from './refresh-request-dto';
import type { ViewerDto } from './viewer-dto';
import type { FullRereadEstimateDto, PointsBudgetDto } from './points-budget-dto';
import type { PointsBudgetSetting } from '../domain/points/points-budget-setting';
import type { ApproveBaselinePayload, ChangeControlDto, DecideChangePayload } from './change-control-dto';
import type { IntakeBoardDto } from './intake-board-dto';
import type { IntakeBoardQuery } from './intake-board-query';
import type { LinkProposalDeliveryPayload } from './link-proposal-delivery-payload';
import type { UnlinkProposalDeliveryPayload } from './unlink-proposal-delivery-payload';
import type {
  DecideProposalPayload,
  ImportScoringModelsPayload,
  SaveIntakeSettingsPayload,
  SaveScoringModelPayload,
  ScoreProposalPayload,
} from './intake-payloads';
import type { ScoringModelDto, ScoringModelListDto } from './intake-scoring-model-dto';
import type { IntakeSettingsDto } from './intake-settings-dto';
import type { CapacityDto, CapacitySettingsDto } from './capacity-dto';
import type { SaveCapacityPayload, WhatIfCapacityPayload } from './capacity-payloads';
import type { CapacityWhatIfDto } from './capacity-what-if-dto';

export type ResolverDefs = {
  /** Governance templates, the caller's projects with their assignments, and whether the caller may edit (anyone may read). */
  listTemplates: () => Envelope<TemplateListDto>;
  getTemplate: (payload: TemplateIdPayload) => Envelope<TemplateDto>;
  /** Admins only; a save over a version someone else moved past gets CONFLICT and changes nothing. */
  saveTemplate: (payload: SaveTemplatePayload) => Envelope<TemplateDto>;
  /** Admins only. */
  deleteTemplate: (payload: DeleteTemplatePayload) => Envelope<{ id: string }>;
  /** Admins only. */
  cloneTemplate: (payload: CloneTemplatePayload) => Envelope<TemplateDto>;
  /** Admins only. */
  assignTemplate: (payload: AssignTemplatePayload) => Envelope<ProjectAssignment>;
  /** Admins only; the whole file is validated before anything is written. */
  importTemplates: (payload: ImportTemplatesPayload) => Envelope<{ imported: readonly TemplateDto[] }>;
  exportTemplates: (payload: { ids?: readonly string[] }) => Envelope<{ json: string; count: number }>;
  /** A dry run of a draft template over a browsable project's stored items. */
  previewTemplate: (payload: PreviewTemplatePayload) => Envelope<TemplatePreviewDto>;
  /** A draft template's problems with their paths (validation as you type); nothing is stored. */
  validateTemplate: (payload: { template: unknown }) => Envelope<TemplateValidationDto>;
  /** Admins only. */
  getAuditLog: (payload: { limit?: number }) => Envelope<AuditLogDto>;
  /** The viewer, their admin standing and the projects they may browse, read as the user. */
  getViewer: () => Envelope<ViewerDto>;
  /** The portfolio roll-up from stored snapshots, only over projects the viewer may browse. No Jira search. */
  getPortfolio: () => Envelope<PortfolioDto>;
  /** Queues a refresh of what changed in every project (with a drift check); a second request within a minute joins the first. */
  requestRefresh: () => Envelope<RefreshRequestDto>;
  /** The installation's Jira points budget and what refresh and pages spent; anyone may read it. */
  getPointsBudget: () => Envelope<PointsBudgetDto>;
  /** Jira administrators only; audited. */
  setPointsBudget: (payload: { setting: PointsBudgetSetting }) => Envelope<PointsBudgetDto>;
  /** What reading every issue again would cost; Jira administrators only. */
  estimateFullReread: () => Envelope<FullRereadEstimateDto>;
  /** Starts that reread, paced by the budget; Jira administrators only; audited. */
  requestFullReread: () => Envelope<FullRereadEstimateDto>;
  /** The Governance panel of one issue, read as the user in two Jira requests (three for a sub-task under a story under an epic; one more before the first refresh). */
  getIssueGovernance: (payload: { issueKey: string }) => Envelope<IssueGovernanceDto>;
  /** A project's RAID log, heat map, dependencies both ways and milestones, read as the user; FORBIDDEN if not browsable. */
  getProjectRaid: (payload: { projectKey: string }) => Envelope<ProjectRaidDto>;
  /** The executive status report for the caller: only projects they may browse; the rest counted as "not shown". */
  getStatusReport: (payload: StatusReportPayload) => Envelope<StatusReportDto>;
  /** Freezes the caller's report under the calling macro: immutable, dated, naming who published it. */
  publishStatusReport: (payload: StatusReportPayload) => Envelope<FrozenReportSummary>;
  /** The calling macro's frozen reports that the caller may open (every project in them browsable), newest first. */
  listFrozenReports: () => Envelope<FrozenReportListDto>;
  /** One frozen report as published, with what changed since; NOT_FOUND when absent or not fully browsable. */
  getFrozenReport: (payload: { id: string }) => Envelope<FrozenReportDto>;
  /** Every baseline (named snapshot of the roll-ups), newest first; anyone may list them. */
  listBaselines: () => Envelope<BaselineListDto>;
  /** Admins only: keeps the current roll-ups, or a past day's snapshots, under a unique name; CONFLICT if the name is taken. */
  takeBaseline: (payload: TakeBaselinePayload) => Envelope<BaselineDto>;
  /** Admins only; reports set to look back to it then say it is gone, frozen reports built on it stay as they are. */
  deleteBaseline: (payload: { id: string }) => Envelope<{ id: string }>;
  /** A browsable project's computed colours and the manual overrides in force; FORBIDDEN if not browsable. */
  getRagOverrides: (payload: { projectKey: string }) => Envelope<RagOverridesDto>;
  /** Admins only: sets one colour by hand, with a reason and an expiry at most 90 days ahead; audited. */
  setRagOverride: (payload: SetRagOverridePayload) => Envelope<RagOverridesDto>;
  /** Admins only: ends an override before its expiry; audited. */
  clearRagOverride: (payload: ClearRagOverridePayload) => Envelope<RagOverridesDto>;
  /** A project's change control, read as the user: approved baseline and ledger, change requests, pending changes, uncontrolled slips, decisions; NOT_FOUND if not browsable. */
  getChangeControl: (payload: { projectKey: string }) => Envelope<ChangeControlDto>;
  /** Jira or project administrators: approves the project's current plan as its next baseline version; CONFLICT if someone approved first; audited. */
  approveBaseline: (payload: ApproveBaselinePayload) => Envelope<ChangeControlDto>;
  /** Jira or project administrators: approves (re-baselining what it names), rejects or defers a change request; CONFLICT on a concurrent decision; audited. */
  decideChange: (payload: DecideChangePayload) => Envelope<ChangeControlDto>;
  /** One page (100 by default, 500 at most) of the ranked proposals of the intake projects the viewer may browse, filtered by program, theme or stage, with scores, breakdowns and decisions, from stored data only. No Jira search. */
  getIntakeBoard: (payload: IntakeBoardQuery) => Envelope<IntakeBoardDto>;
  /** The built-in and saved scoring models and the one intake uses; anyone may read them. */
  listScoringModels: () => Envelope<ScoringModelListDto>;
  /** Jira administrators only: saves a scoring model; BAD_REQUEST naming each problem's path; CONFLICT on a stale version; audited. */
  saveScoringModel: (payload: SaveScoringModelPayload) => Envelope<ScoringModelDto>;
  /** Jira administrators only: every model of an export file, or none (BAD_REQUEST naming the path, e.g. `models.1.criteria.0.weight`); audited. */
  importScoringModels: (payload: ImportScoringModelsPayload) => Envelope<{ imported: readonly ScoringModelDto[] }>;
  /** Jira administrators only: the intake projects, how proposals are recognised, the scoring model; audited. */
  saveIntakeSettings: (payload: SaveIntakeSettingsPayload) => Envelope<IntakeSettingsDto>;
  /** Jira or project administrators: reviewer values for criteria Jira does not hold, checked against the model's scales; audited. */
  scoreProposal: (payload: ScoreProposalPayload) => Envelope<IntakeBoardDto>;
  /** Jira or project administrators: moves a proposal through intake (a reason to defer or reject); CONFLICT on a concurrent decision; audited. */
  decideProposal: (payload: DecideProposalPayload) => Envelope<IntakeBoardDto>;
  /** Jira or project administrators: links an approved proposal to the project or epic (of a refreshed, browsable, non-intake project) that delivers it; CONFLICT on a concurrent link; audited. */
  linkProposalDelivery: (payload: LinkProposalDeliveryPayload) => Envelope<IntakeBoardDto>;
  /** Jira or project administrators: takes a proposal's delivery link away; CONFLICT on a concurrent change; audited. */
  unlinkProposalDelivery: (payload: UnlinkProposalDeliveryPayload) => Envelope<IntakeBoardDto>;
  /** Capacity per program and quarter from stored work items, over the projects the viewer may browse (programs are project categories); settings for admins. No Jira search. */
  getCapacity: () => Envelope<CapacityDto>;
  /** Jira administrators only: every program's capacity per quarter and the bands; BAD_REQUEST naming each problem's path; CONFLICT on a stale version; audited. */
  saveCapacity: (payload: SaveCapacityPayload) => Envelope<CapacitySettingsDto>;
  /** The viewer's heat map before and after the ticked proposals, and the quarters they push over. No Jira search. */
  whatIfCapacity: (payload: WhatIfCapacityPayload) => Envelope<CapacityWhatIfDto>;
};

export type ResolverName = keyof ResolverDefs;
