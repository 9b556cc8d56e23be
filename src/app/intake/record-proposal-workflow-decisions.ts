import type { ProjectKey } from '../../domain/ids/project-key';
import type { IntakeDecision } from '../../domain/intake/intake-decision';
import type { IntakeStage } from '../../domain/intake/intake-stage';
import { stageOfStatus } from '../../domain/intake/stage-of-status';
import { wsjfScoringModel } from '../../domain/intake/wsjf-scoring-model';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { IntakeSettingsStore } from '../../ports/intake-settings-store';
import type { ProjectIssue } from '../../ports/project-issue';
import type { ProposalDecisionStore } from '../../ports/proposal-decision-store';
import type { RecordedIntakeDecision } from '../../ports/recorded-intake-decision';
import type { ScoringModelStore } from '../../ports/scoring-model-store';
import type { TemplateStore } from '../../ports/template-store';
import type { WorkflowDecisionJira } from '../../ports/workflow-decision-jira';
import { lastMoveInto } from '../change-control/last-move-into';
import { recordAudit } from '../templates/record-audit';
import { defaultIntakeSettings } from './default-intake-settings';
import { findScoringModel } from './find-scoring-model';
import { isProposal } from './is-proposal';

/** What recording the intake workflow's decisions needs: Jira as the app, the intake settings and models, the decision store, the audit log. */
export interface RecordProposalWorkflowDecisionsPorts {
  readonly jira: Pick<WorkflowDecisionJira, 'statusMoves'>;
  readonly settings: Pick<IntakeSettingsStore, 'loadSettings'>;
  readonly models: Pick<ScoringModelStore, 'loadModel'>;
  readonly decisions: ProposalDecisionStore;
  readonly audit: Pick<TemplateStore, 'appendAudit'>;
  readonly newId: () => string;
  readonly now: () => Date;
}

interface Candidate {
  readonly item: WorkItem;
  readonly stage: IntakeStage;
  readonly standing: RecordedIntakeDecision | null;
}

const verbs: Readonly<Record<IntakeStage, string>> = {
  submitted: 'Moved back to submitted',
  screening: 'Moved to screening',
  approved: 'Approved',
  deferred: 'Deferred',
  rejected: 'Rejected',
};

/** The highest version recorded for each proposal, by proposal key. */
function standingByProposal(recorded: readonly RecordedIntakeDecision[]): Map<string, RecordedIntakeDecision> {
  const standing = new Map<string, RecordedIntakeDecision>();
  for (const entry of recorded) {
    const held = standing.get(entry.decision.proposalKey);
    if (held === undefined || entry.version > held.version) standing.set(entry.decision.proposalKey, entry);
  }
  return standing;
}

/**
 * Records the decisions the Jira workflow took on a project's proposals, as change control does for change requests:
 * in a project the intake settings name, each proposal (by the settings) in a status the chosen model maps to a stage
 * other than submitted, whose latest recorded decision is absent or of another stage, gets a decision from source
 * `workflow` by whoever last moved it into that status, at that moment ("Moved to Approved in Jira"), as the next
 * version of its decisions, audited under the mover. A decision someone wrote at the same moment skips the proposal,
 * which the next run sees again; a proposal with no recorded move into its status (created there, or moved by no one
 * Jira names) is left as it is. Only those proposals are asked of Jira, in one bulk changelog read: none at all when
 * there are none, so a refresh that changed no such proposal costs no request.
 *
 * @returns the decisions recorded by this run, in the order they were written.
 * @example
 * // IDEA-1 moved into "Approved" by Paul at 13:00, the model mapping "Approved" to approved:
 * await recordProposalWorkflowDecisions(ports, { projectKey: 'IDEA', issues });
 * // [{ version: 1, decision: { proposalKey: 'IDEA-1', stage: 'approved', decidedBy: 'pm', source: 'workflow', ... }, deciderName: 'Paul PM', ... }]
 */
export async function recordProposalWorkflowDecisions(
  ports: RecordProposalWorkflowDecisionsPorts,
  input: { readonly projectKey: ProjectKey; readonly issues: readonly ProjectIssue[] },
): Promise<readonly RecordedIntakeDecision[]> {
  const { projectKey, issues } = input;
  if (issues.length === 0) return [];
  const settings = (await ports.settings.loadSettings()) ?? defaultIntakeSettings;
  if (!settings.projectKeys.includes(projectKey)) return [];
  // The board falls back to WSJF when the chosen model is gone; so does the workflow's reading of it.
  const model = (await findScoringModel(ports.models, settings.modelId)) ?? wsjfScoringModel;
  const mapped = issues.flatMap(({ issueId, item }) => {
    const stage = isProposal(item, settings) ? stageOfStatus(model, item.statusName) : null;
    return stage === null || stage === 'submitted' ? [] : [{ issueId, item, stage }];
  });
  if (mapped.length === 0) return [];

  const standing = standingByProposal(await ports.decisions.listDecisions(projectKey));
  const candidates = new Map<string, Candidate>();
  for (const { issueId, item, stage } of mapped) {
    const held = standing.get(item.key) ?? null;
    if (held?.decision.stage !== stage) candidates.set(issueId, { item, stage, standing: held });
  }
  if (candidates.size === 0) return [];

  const moves = await ports.jira.statusMoves(new Map([...candidates].map(([issueId, { item }]) => [issueId, item.key])));
  const decided = [...candidates.values()].flatMap((candidate) => {
    const move = lastMoveInto(moves, candidate.item.key, candidate.item.statusName);
    return move === null || move.by === null ? [] : [{ ...candidate, move, by: move.by }];
  });
  // Written in the order they were taken, so the audit log reads as the workflow ran.
  decided.sort((a, b) => (a.move.at < b.move.at ? -1 : a.move.at > b.move.at ? 1 : 0));
  const written: RecordedIntakeDecision[] = [];
  for (const { item, stage, standing: held, move, by } of decided) {
    const decision: IntakeDecision = {
      proposalKey: item.key,
      stage,
      decidedAt: move.at,
      decidedBy: by,
      reason: `Moved to ${item.statusName} in Jira`,
      source: 'workflow',
    };
    const recorded: RecordedIntakeDecision = { version: (held?.version ?? 0) + 1, decision, deciderName: move.byName, overloadConfirmed: false };
    if ((await ports.decisions.addDecision(projectKey, recorded)) === 'conflict') continue;
    const audit = { templates: ports.audit, newId: ports.newId, now: ports.now, actor: by, actorName: () => Promise.resolve(move.byName) };
    await recordAudit(audit, 'intake.decide', item.key, `${verbs[stage]} ${item.key} in the Jira workflow`, held, recorded);
    written.push(recorded);
  }
  return written;
}
