import type { SiteFile } from '../site/site-file-schema';
import { assignIssueKeys } from './assign-issue-keys';
import { buildChangelog } from './build-changelog';
import { buildDemoAccess } from './build-demo-access';
import { buildSiteProject } from './build-site-project';
import { createIssueRefs } from './create-issue-refs';
import { createProjectDraftContext } from './create-project-draft-context';
import { createRandom } from './create-random';
import { demoFields } from './demo-fields';
import { draftChangeControl } from './draft-change-control';
import { demoLinkTypes } from './demo-link-types';
import { demoStatuses } from './demo-statuses';
import { demoTeamMembers } from './demo-team-members';
import { demoUsers } from './demo-users';
import { demoIntakeProject } from './demo-intake-project';
import { draftIntakeProposals } from './draft-intake-proposals';
import { draftProjectIssues } from './draft-project-issues';
import { dayMs } from './format-jira-date';
import { linkDemoIssues } from './link-demo-issues';
import { planDemoProjects } from './plan-demo-projects';
import { renderSiteIssue } from './render-site-issue';

export interface DemoOptions {
  /** Dates are placed relative to this instant, so the demo always looks current. */
  now: Date;
  /** About this many issues in total (exactly this many); unset, the eight named projects at their own sizes. */
  scale?: number;
  /** With `scale`, the first project's share of the issues (one very large project, e.g. for a memory benchmark). */
  firstProjectIssues?: number;
  /** Seed of the random choices; the same options always give the same site. Default 1. */
  seed?: number;
}

/** The demo company's Jira site address (never contacted: the Jira fake serves it). */
export const demoBaseUrl = 'https://aldermoor-bank.atlassian.net';

/**
 * Generates the demo Jira site of Aldermoor Bank's transformation portfolio: programs as project categories,
 * projects with epics, stories, tasks, bugs, sub-tasks, milestones, gates and RAID items in Jira's REST shapes,
 * histories, cross-project dependencies and per-user permissions. Pure and deterministic for the same options.
 * @example
 * const site = generateDemoSite({ now: new Date('2026-11-20T12:00:00Z') });
 * site.projects.length; // 9: the eight named projects and the intake project INT
 */
export function generateDemoSite(options: DemoOptions): SiteFile {
  const now = options.now.getTime();
  if (Number.isNaN(now)) throw new Error('generateDemoSite needs a valid `now`');
  const rand = createRandom(options.seed ?? 1);
  const plans = planDemoProjects(options.scale, options.firstProjectIssues);
  // The intake project is part of the named demo only; a scaled site keeps its exact issue count.
  const intake = options.scale === undefined ? demoIntakeProject : null;
  const specs = [...plans.map((plan) => plan.spec), ...(intake === null ? [] : [intake])];
  const projects = plans.map((plan, projectIndex) => {
    const ctx = createProjectDraftContext({ now, rand, projectIndex, spec: plan.spec, pmId: demoUsers.pm.accountId });
    return { key: plan.spec.key, spec: plan.spec, drafts: draftProjectIssues(ctx, plan.issueCount) };
  });
  assignIssueKeys(projects);
  const linker = linkDemoIssues(projects, rand, Math.floor(now / dayMs));
  // Change control's story joins the named site after the random links, so the rest of the site stays as it was.
  if (options.scale === undefined) {
    const linkChangeControl = draftChangeControl(projects, now);
    linkChangeControl(linker);
    assignIssueKeys(projects);
  }
  if (intake !== null) {
    const lastId = Math.max(9999, ...projects.flatMap((project) => project.drafts.map((draft) => Number(draft.id))));
    projects.push({ key: intake.key, spec: intake, drafts: draftIntakeProposals(intake, plans.length, now, lastId) });
  }

  const people = [demoUsers.admin, demoUsers.pm, demoUsers.executive, demoUsers.restricted, ...demoTeamMembers];
  const names = new Map(people.map((user) => [user.accountId, user.displayName]));
  const displayName = (accountId: string): string => names.get(accountId) ?? accountId;
  const refs = createIssueRefs(demoBaseUrl, people, specs);
  let historyCount = 0;
  const nextHistoryId = (): string => String(100000 + (historyCount += 1));
  const issues = projects
    .flatMap((project) => project.drafts)
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((draft) => renderSiteIssue(draft, refs, demoBaseUrl, { histories: buildChangelog(draft, nextHistoryId, displayName) }));

  const access = buildDemoAccess(specs);
  return {
    name: 'Aldermoor Bank',
    baseUrl: demoBaseUrl,
    users: access.users,
    projects: specs.map((spec, index) => buildSiteProject(spec, index, demoBaseUrl, displayName)),
    fields: [...demoFields],
    issueLinkTypes: Object.values(demoLinkTypes).map((type) => ({ id: type.id, name: type.name, inward: type.inward, outward: type.outward })),
    statuses: Object.values(demoStatuses).map((status) => ({
      id: status.id,
      name: status.name,
      statusCategory: { key: status.category.key, id: status.category.id, name: status.category.name, colorName: status.category.colorName },
    })),
    issues,
    permissions: access.permissions,
  };
}
