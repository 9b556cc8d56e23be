import { createIssueDraft } from './create-issue-draft';
import { demoIntakeProposals } from './demo-intake-proposals';
import type { DemoProjectSpec } from './demo-project-spec';
import type { DemoStatusName } from './demo-statuses';
import { dayMs } from './format-jira-date';
import type { DraftTransition, IssueDraft } from './issue-draft';

const hourMs = 3_600_000;

const dayAfter = (today: number, days: number | null | undefined): number | null => (days === null || days === undefined ? null : today + days);

/**
 * Drafts the intake project's issues (see demoIntakeProposals), keyed INT-1 onwards in order of creation. Their ids
 * follow `lastId` rather than being numbered among the other projects' issues by creation, so adding the intake
 * project leaves every other issue's id as it was. A proposal's plan dates count from today. Nothing here is random.
 * @example
 * const drafts = draftIntakeProposals(demoIntakeProject, 8, now, 10_500);
 * drafts[0]?.key; // 'INT-1'
 */
export function draftIntakeProposals(spec: DemoProjectSpec, projectIndex: number, now: number, lastId: number): IssueDraft[] {
  const today = Math.floor(now / dayMs);
  const drafts = demoIntakeProposals.map((proposal, index) => {
    const created = Math.min((today - proposal.createdDaysAgo) * dayMs + 10 * hourMs, now - 3 * hourMs);
    const step = (days: number, from: DemoStatusName, to: DemoStatusName): DraftTransition => ({
      at: Math.min(created + days * dayMs, now - hourMs),
      from,
      to,
      resolution: to === 'Done' ? 'Done' : null,
    });
    const paths: Readonly<Record<DemoStatusName, DraftTransition[]>> = {
      'To Do': [],
      'In Progress': [step(1, 'To Do', 'In Progress')],
      'In Review': [step(2, 'To Do', 'In Review')],
      Approved: [step(2, 'To Do', 'In Review'), step(20, 'In Review', 'Approved')],
      Done: [step(2, 'To Do', 'In Review'), step(12, 'In Review', 'Done')],
    };
    const transitions = paths[proposal.status];
    const last = transitions.at(-1);
    const draft = createIssueDraft({
      projectIndex,
      type: proposal.type,
      summary: proposal.summary,
      description: 'Raised for the PMO to score, rank and decide. The business case is attached.',
      created,
      reporterId: spec.leadId,
      assigneeId: spec.leadId,
      labels: [...(proposal.labels ?? [])],
      status: proposal.status,
      transitions,
      program: proposal.program,
      criteria: proposal.criteria,
      storyPoints: proposal.plan?.storyPoints ?? null,
      startDay: dayAfter(today, proposal.plan?.startInDays),
      dueDay: dayAfter(today, proposal.plan?.dueInDays),
      updated: Math.max(created + hourMs, ...transitions.map((t) => t.at)),
      ...(proposal.status === 'Done' && last ? { resolution: "Won't Do" as const, resolved: last.at } : {}),
    });
    draft.key = `${spec.key}-${String(index + 1)}`;
    draft.id = String(lastId + index + 1);
    return draft;
  });
  return drafts;
}
