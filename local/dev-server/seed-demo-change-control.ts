import { discoverChangeImpactFields } from '../../src/adapters/jira/discover-change-impact-fields';
import { discoverFieldIds } from '../../src/adapters/jira/discover-field-ids';
import { jiraIssueSchema } from '../../src/adapters/jira/jira-issue-schema';
import { toChangeRequest } from '../../src/adapters/jira/to-change-request';
import { toWorkItem } from '../../src/adapters/jira/to-work-item';
import { createApprovedBaselineStore } from '../../src/adapters/kvs/create-approved-baseline-store';
import { createChangeDecisionStore } from '../../src/adapters/kvs/create-change-decision-store';
import { applyApprovedChange } from '../../src/domain/change-control/apply-approved-change';
import type { ChangeDecision } from '../../src/domain/change-control/change-decision';
import type { ChangeRequest } from '../../src/domain/change-control/change-request';
import { currentPlanOf } from '../../src/domain/change-control/current-plan-of';
import type { DecidedOutcome } from '../../src/domain/change-control/decided-outcome';
import { defaultChangePolicy } from '../../src/domain/change-control/default-change-policy';
import { isChangeRequest } from '../../src/domain/change-control/is-change-request';
import { takeApprovedBaseline } from '../../src/domain/change-control/take-approved-baseline';
import { parseAccountId } from '../../src/domain/ids/parse-account-id';
import { parseProjectKey } from '../../src/domain/ids/parse-project-key';
import { defaultRaidMapping } from '../../src/domain/raid/default-raid-mapping';
import { instantOf } from '../../src/domain/time/instant-of';
import { parseCalendarDay } from '../../src/domain/time/parse-calendar-day';
import type { WorkItem } from '../../src/domain/work-item/work-item';
import { demoChangeSummaries } from '../demo/demo-change-summaries';
import { demoUsers } from '../demo/demo-users';
import { runInInvocation } from '../forge-runtime/invocation-scope';
import type { SiteFile } from '../site/site-file-schema';

const dayMs = 86_400_000;

/** When the demo's approvals and decisions were made, in days before now, and why. */
const approvals: readonly { readonly projectKey: string; readonly daysAgo: number }[] = [
  { projectKey: 'CORE', daysAgo: 60 },
  { projectKey: 'MOB', daysAgo: 45 },
];
const decisions: readonly { readonly summary: string; readonly outcome: DecidedOutcome; readonly daysAgo: number; readonly reason: string | null }[] = [
  {
    summary: demoChangeSummaries.approved,
    outcome: 'approved',
    daysAgo: 30,
    reason: 'The rehearsal findings make the extra two weeks cheaper than a failed cut-over.',
  },
  {
    summary: demoChangeSummaries.rejected,
    outcome: 'rejected',
    daysAgo: 25,
    reason: 'A second month of parallel running costs more than the risk it removes.',
  },
  { summary: demoChangeSummaries.deferred, outcome: 'deferred', daysAgo: 20, reason: "Waiting for the regulator's guidance on tiered rates before descoping." },
];

/**
 * Seeds the app's own change control state for the demo site, as if its people had used the app before: CORE's
 * approved baseline (version 1 sixty days ago, version 2 made by approving its first change request thirty days ago),
 * its rejected and deferred decisions, and MOB's approved baseline of 45 days ago. An item a change request names
 * enters a baseline with the due date it had then (read back from its changelog), so a move after the approval shows
 * as what it is. Writes through the app's stores, as the admin; a project that already has an approved baseline
 * (storage kept from an earlier run) is left alone. A site without the demo's change requests (not the demo) gets nothing.
 * @example
 * await seedDemoChangeControl(site, new Date('2026-11-20T12:00:00Z'));
 */
export async function seedDemoChangeControl(site: SiteFile, now: Date): Promise<void> {
  const admin = parseAccountId(demoUsers.admin.accountId);
  if (admin === null) return;
  const mapping = discoverFieldIds(site.fields);
  const impactFields = discoverChangeImpactFields(site.fields);
  const isChange = isChangeRequest(defaultChangePolicy);
  const items: WorkItem[] = [];
  const changes: ChangeRequest[] = [];
  const dueMoves = new Map<string, { at: number; from: string | null }[]>();
  for (const issue of site.issues) {
    const parsed = jiraIssueSchema.safeParse(issue);
    const item = parsed.success ? toWorkItem(parsed.data, mapping) : null;
    if (!parsed.success || item === null) continue;
    items.push(item);
    const change = isChange(item) ? toChangeRequest(item, parsed.data.fields, impactFields) : null;
    if (change !== null) changes.push(change);
    for (const history of issue.changelog?.histories ?? []) {
      for (const entry of history.items) {
        if (entry.field !== 'duedate') continue;
        dueMoves.set(item.key, [...(dueMoves.get(item.key) ?? []), { at: Date.parse(history.created), from: entry.from ?? null }]);
      }
    }
  }
  if (!changes.some((change) => change.summary === demoChangeSummaries.approved)) return;
  const past = (daysAgo: number) => instantOf(new Date(now.getTime() - daysAgo * dayMs));
  const baselines = createApprovedBaselineStore();
  const store = createChangeDecisionStore();

  await runInInvocation({ moduleKey: 'demo-seed', accountId: null, timeoutMs: 25_000 }, async () => {
    for (const approval of approvals) {
      const projectKey = parseProjectKey(approval.projectKey);
      if (projectKey === null || (await baselines.listVersions(projectKey)).length > 0) continue;
      const own = items.filter((item) => item.projectKey === projectKey);
      if (own.length === 0) continue;
      const ownChanges = changes.filter((change) => change.projectKey === projectKey);
      const approvedAt = now.getTime() - approval.daysAgo * dayMs;
      const named = new Set(ownChanges.flatMap((change) => change.itemKeys));
      // The date a named item had at the approval: the "from" of its first move after it.
      const asApproved = own.map((item) => {
        const later = (dueMoves.get(item.key) ?? []).filter((move) => move.at > approvedAt).sort((a, b) => a.at - b.at)[0];
        const due = later === undefined || !named.has(item.key) ? item.due : parseCalendarDay(later.from ?? '');
        return due === item.due || due === null ? item : { ...item, due };
      });
      const approvedLater = decisions
        .filter((decision) => decision.outcome === 'approved')
        .flatMap((decision) => ownChanges.filter((change) => change.summary === decision.summary));
      const plan = currentPlanOf(own, new Set(ownChanges.map((change) => change.key)), defaultRaidMapping);
      const less = (total: number | null, part: (change: ChangeRequest) => number | null): number | null =>
        total === null ? null : approvedLater.reduce((sum, change) => sum - (part(change) ?? 0), total);
      let current = takeApprovedBaseline({
        projectKey,
        items: asApproved,
        budgetAtCompletion: less(plan.budgetAtCompletion, (change) => change.impact.cost),
        scope: less(plan.scope, (change) => change.impact.scope),
        approvedAt: past(approval.daysAgo),
        approvedBy: admin,
      });
      await baselines.addVersion(current);

      for (const seeded of decisions) {
        const change = ownChanges.find((candidate) => candidate.summary === seeded.summary);
        if (change === undefined) continue;
        const decision: ChangeDecision = {
          changeKey: change.key,
          outcome: seeded.outcome,
          decidedAt: past(seeded.daysAgo),
          decidedBy: admin,
          reason: seeded.reason,
          source: 'app',
        };
        const applied = seeded.outcome === 'approved' ? applyApprovedChange(current, change, decision) : null;
        if (applied?.ok === true) {
          current = applied.baseline;
          await baselines.addVersion(current);
        }
        await store.addDecision(projectKey, {
          version: 1,
          decision,
          impact: change.impact,
          deciderName: demoUsers.admin.displayName,
          baselineVersion: applied?.ok === true ? current.version : null,
        });
      }
    }
  });
}
