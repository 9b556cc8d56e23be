import { createIssueDraft } from './create-issue-draft';
import type { IssueLinker } from './create-issue-linker';
import { demoChangeSummaries } from './demo-change-summaries';
import type { DemoProjectSpec } from './demo-project-spec';
import type { DemoStatusName } from './demo-statuses';
import { dayMs } from './format-jira-date';
import type { DraftTransition, IssueDraft } from './issue-draft';

const hourMs = 3_600_000;

interface DraftedProject {
  readonly key: string;
  readonly spec: DemoProjectSpec;
  readonly drafts: IssueDraft[];
}

/** What each named project decided, as its Decision issue says it. */
const decisionSummaries: Readonly<Record<string, string>> = {
  MOB: 'Decision: ship biometric login on both platforms in the same release',
  WEB: 'Decision: keep the legacy portal read-only for six months after launch',
  ONB: "Decision: use the vendor's hosted identity verification service",
  CORE: 'Decision: migrate deposits before lending',
  DATA: 'Decision: standardise on one cloud region for customer data',
  OPS: 'Decision: renew certificates automatically',
  REG: 'Decision: submit the first COREP return from the new platform',
  HRB: 'Decision: keep the acquired brand for the first year',
};

const isMilestone = (d: IssueDraft): boolean => d.type === 'Milestone' || d.labels.includes('milestone');
const unmoved = (d: IssueDraft): boolean => d.dueMoves.length === 0 && d.dueMoveCount === 0;

/**
 * Adds the demo's change control story to the named projects: in CORE, change requests approved (its approval made the
 * approved baseline's second version and moved a milestone 14 days, a move in its changelog), rejected, deferred and
 * one pending for weeks; in MOB, a milestone moved 10 days later with no approval (an uncontrolled slip) and a Task
 * labelled `change-request` raised afterwards, still pending; in WEB, a change request approved in the Jira workflow
 * (status Approved); and in every named project a Decision, decided (done) or open, related to the item it affects.
 * Nothing here is random, so the rest of the site is as it was. The decisions recorded in the app and the approved
 * baselines are not Jira data: the dev server seeds them (see seedDemoChangeControl). Answers the links to make once
 * the drafts have ids.
 * @example
 * const link = draftChangeControl(projects, now);
 * assignIssueKeys(projects);
 * link(linker);
 */
export function draftChangeControl(projects: readonly DraftedProject[], now: number): (linker: IssueLinker) => void {
  const today = Math.floor(now / dayMs);
  const at = (day: number, hour: number): number => Math.min(day * dayMs + hour * hourMs, now - 2 * hourMs);
  const links: [IssueDraft, IssueDraft][] = [];
  let temporaryId = 0;

  const add = (
    project: DraftedProject,
    values: { type: IssueDraft['type']; summary: string; description: string; createdDay: number; status: DemoStatusName; labels?: string[] },
    changeImpact: IssueDraft['changeImpact'],
    affects: IssueDraft | undefined,
  ): IssueDraft => {
    const created = at(values.createdDay, 9);
    const draft = createIssueDraft({
      projectIndex: project.drafts[0]?.projectIndex ?? 0,
      type: values.type,
      summary: values.summary,
      description: values.description,
      created,
      reporterId: project.spec.leadId,
      assigneeId: project.spec.leadId,
      labels: values.labels ?? [],
      changeImpact,
      status: values.status,
    });
    draft.id = `change-control-${String((temporaryId += 1))}`;
    const step = (days: number, from: DemoStatusName, to: DemoStatusName): DraftTransition => ({
      at: Math.min(created + days * dayMs, now - hourMs),
      from,
      to,
      resolution: to === 'Done' ? 'Done' : null,
    });
    const paths: Readonly<Record<DemoStatusName, DraftTransition[]>> = {
      'To Do': [],
      'In Progress': [step(1, 'To Do', 'In Progress')],
      'In Review': [step(1, 'To Do', 'In Progress'), step(2, 'In Progress', 'In Review')],
      Approved: [step(3, 'To Do', 'In Progress'), step(8, 'In Progress', 'Approved')],
      Done: [step(1, 'To Do', 'In Progress'), step(10, 'In Progress', 'Done')],
    };
    draft.transitions = paths[values.status];
    const last = draft.transitions.at(-1);
    if (values.status === 'Done' && last) {
      draft.resolution = 'Done';
      draft.resolved = last.at;
    }
    draft.updated = Math.max(created + hourMs, ...draft.transitions.map((t) => t.at));
    project.drafts.push(draft);
    if (affects) links.push([draft, affects]);
    return draft;
  };
  const moveDue = (milestone: IssueDraft, day: number, days: number, by: string): void => {
    const dueDay = milestone.dueDay ?? today;
    const moved = at(day, 11);
    milestone.dueMoves = [...milestone.dueMoves, { at: moved, fromDay: dueDay - days, toDay: dueDay, by }];
    milestone.updated = Math.max(milestone.updated, moved);
  };
  const project = (key: string): DraftedProject | undefined => projects.find((p) => p.key === key);
  const openMilestone = (p: DraftedProject): IssueDraft | undefined =>
    p.drafts.find((d) => isMilestone(d) && d.status !== 'Done' && d.dueDay !== null && d.dueDay > today + 30 && unmoved(d));
  const epics = (p: DraftedProject): IssueDraft[] => p.drafts.filter((d) => d.type === 'Epic' && unmoved(d));

  const core = project('CORE');
  const coreMilestone = core && openMilestone(core);
  if (core && coreMilestone) {
    const [first, second, third] = [...epics(core), coreMilestone, coreMilestone, coreMilestone];
    const cr = (
      summary: string,
      description: string,
      createdDay: number,
      status: DemoStatusName,
      impact: IssueDraft['changeImpact'],
      affects: IssueDraft | undefined,
    ) => add(core, { type: 'Change Request', summary, description, createdDay, status }, impact, affects);
    cr(
      demoChangeSummaries.approved,
      'The second rehearsal found reconciliation breaks; a third rehearsal needs two more weeks and a contractor.',
      today - 40,
      'In Review',
      { days: 14, cost: 20_000, scope: null },
      coreMilestone,
    );
    moveDue(coreMilestone, today - 29, 14, core.spec.leadId);
    cr(
      demoChangeSummaries.rejected,
      'Run old and new core side by side for a second month.',
      today - 35,
      'In Review',
      { days: 10, cost: 45_000, scope: null },
      second,
    );
    cr(
      demoChangeSummaries.deferred,
      'Descope the rework of tiered interest until after cut-over.',
      today - 28,
      'In Review',
      { days: null, cost: -30_000, scope: -8 },
      third,
    );
    cr(demoChangeSummaries.pending, 'Consent screens the regulator asked for.', today - 24, 'To Do', { days: 7, cost: 12_000, scope: 13 }, first);
  }

  const mob = project('MOB');
  const mobMilestone = mob && openMilestone(mob);
  if (mob && mobMilestone) {
    moveDue(mobMilestone, today - 12, 10, mob.spec.leadId);
    add(
      mob,
      {
        type: 'Task',
        summary: `Change request: move "${mobMilestone.summary}" ten days later`,
        description: 'The date was already moved in Jira; this asks the board to approve it.',
        createdDay: today - 11,
        status: 'To Do',
        labels: ['change-request'],
      },
      { days: 10, cost: null, scope: null },
      mobMilestone,
    );
  }

  const web = project('WEB');
  if (web) {
    add(
      web,
      {
        type: 'Change Request',
        summary: 'Extend cookie consent to the business portal',
        description: 'Approved by the change board in the Jira workflow.',
        createdDay: today - 18,
        status: 'Approved',
      },
      { days: 3, cost: 5_000, scope: 5 },
      epics(web)[0] ?? web.drafts.find(isMilestone),
    );
  }

  projects.forEach((p, index) => {
    const summary = decisionSummaries[p.key];
    if (summary === undefined) return;
    const affects = p.drafts.find((d) => isMilestone(d) && d.status !== 'Done') ?? p.drafts.find((d) => d.type === 'Epic') ?? p.drafts[0];
    add(
      p,
      {
        type: 'Decision',
        summary,
        description: 'Options weighed by the steering group; the rationale is in the minutes linked here.',
        createdDay: today - 50 + 3 * index,
        status: index % 2 === 0 ? 'Done' : 'In Progress',
      },
      null,
      affects,
    );
  });

  return (linker) => {
    for (const [from, to] of links) linker.link('Relates', from, to);
  };
}
