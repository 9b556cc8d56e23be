import { discoverFieldIds } from '../../src/adapters/jira/discover-field-ids';
import { jiraIssueSchema } from '../../src/adapters/jira/jira-issue-schema';
import { toWorkItem } from '../../src/adapters/jira/to-work-item';
import { createCapacityStore } from '../../src/adapters/kvs/create-capacity-store';
import { createIntakeSettingsStore } from '../../src/adapters/kvs/create-intake-settings-store';
import { createProposalDecisionStore } from '../../src/adapters/kvs/create-proposal-decision-store';
import { createProposalDeliveryStore } from '../../src/adapters/kvs/create-proposal-delivery-store';
import { createReviewerScoreStore } from '../../src/adapters/kvs/create-reviewer-score-store';
import { defaultIntakeSettings } from '../../src/app/intake/default-intake-settings';
import { defaultCapacityBands } from '../../src/domain/capacity';
import { parseAccountId } from '../../src/domain/ids/parse-account-id';
import { parseIssueKey } from '../../src/domain/ids/parse-issue-key';
import { parseProjectKey } from '../../src/domain/ids/parse-project-key';
import { wsjfScoringModel } from '../../src/domain/intake/wsjf-scoring-model';
import { instantOf, utcDayOf } from '../../src/domain/time';
import type { WorkItem } from '../../src/domain/work-item/work-item';
import { demoIntakeProject } from '../demo/demo-intake-project';
import { demoUsers } from '../demo/demo-users';
import { runInInvocation } from '../forge-runtime/invocation-scope';
import type { SiteFile } from '../site/site-file-schema';
import { demoCapacities } from './demo-capacities';
import { demoIntakeDecisions, demoReviewerScore } from './demo-intake-records';
import { demoIntakeDelivery } from './demo-intake-delivery';

const dayMs = 86_400_000;

/**
 * Seeds the app's own intake and capacity state for the demo site, as if its PMO had used the app before: the intake
 * settings naming INT (scored by WSJF), the proposals' decisions (four in screening, one approved, one deferred and
 * one rejected, with reasons), the approved one linked to the project delivering it (WEB), a reviewer's Job Size for the proposal whose Jira field is empty, and every program's
 * capacity per quarter in story points, computed from the site's own demand so that one quarter (Core Platforms, now)
 * is overloaded. Writes through the app's stores, as the admin; settings or capacities already saved (storage kept
 * from an earlier run) are left alone. A site without the demo's intake project gets nothing.
 * @example
 * await seedDemoIntake(site, new Date('2026-11-20T12:00:00Z'));
 */
export async function seedDemoIntake(site: SiteFile, now: Date): Promise<void> {
  const admin = parseAccountId(demoUsers.admin.accountId);
  const intakeKey = parseProjectKey(demoIntakeProject.key);
  if (admin === null || intakeKey === null || !site.projects.some((project) => project.key === intakeKey)) return;
  const mapping = discoverFieldIds(site.fields);
  const items: WorkItem[] = site.issues.flatMap((issue) => {
    const parsed = jiraIssueSchema.safeParse(issue);
    const item = parsed.success ? toWorkItem(parsed.data, mapping) : null;
    return item === null ? [] : [item];
  });
  const keyOf = (summary: string) => parseIssueKey(items.find((item) => item.projectKey === intakeKey && item.summary === summary)?.key ?? '');
  if (keyOf(demoIntakeDecisions[0]?.summary ?? '') === null) return;
  const past = (daysAgo: number) => instantOf(new Date(now.getTime() - daysAgo * dayMs));
  const categories = new Map(site.projects.map((project) => [project.key, project.projectCategory?.name ?? null]));

  await runInInvocation({ moduleKey: 'demo-seed', accountId: null, timeoutMs: 25_000 }, async () => {
    const settings = createIntakeSettingsStore();
    if ((await settings.loadSettings()) === null) {
      await settings.saveSettings({ ...defaultIntakeSettings, projectKeys: [intakeKey], modelId: wsjfScoringModel.id });
      const decisions = createProposalDecisionStore();
      const versions = new Map<string, number>();
      for (const seeded of demoIntakeDecisions) {
        const proposalKey = keyOf(seeded.summary);
        if (proposalKey === null) continue;
        const version = (versions.get(proposalKey) ?? 0) + 1;
        versions.set(proposalKey, version);
        await decisions.addDecision(intakeKey, {
          version,
          decision: { proposalKey, stage: seeded.stage, decidedAt: past(seeded.daysAgo), decidedBy: admin, reason: seeded.reason, source: 'app' },
          deciderName: demoUsers.admin.displayName,
          overloadConfirmed: false,
        });
      }
      const delivered = keyOf(demoIntakeDelivery.summary);
      const deliveryKey = parseProjectKey(demoIntakeDelivery.projectKey);
      if (delivered !== null && deliveryKey !== null && site.projects.some((project) => project.key === deliveryKey)) {
        await createProposalDeliveryStore().addDelivery(intakeKey, {
          version: 1,
          proposalKey: delivered,
          target: { kind: 'project', projectKey: deliveryKey },
          linkedAt: past(demoIntakeDelivery.daysAgo),
          linkedBy: admin,
          linkedByName: demoUsers.admin.displayName,
        });
      }
      const scored = keyOf(demoReviewerScore.summary);
      if (scored !== null) {
        await createReviewerScoreStore().saveScore(intakeKey, {
          proposalKey: scored,
          modelId: wsjfScoringModel.id,
          criterionId: demoReviewerScore.criterionId,
          value: demoReviewerScore.value,
          scoredBy: admin,
          scoredAt: past(demoReviewerScore.daysAgo),
        });
      }
    }
    const capacities = createCapacityStore();
    if ((await capacities.loadCapacities()) === null) {
      await capacities.addCapacitiesVersion({
        version: 1,
        capacities: demoCapacities(items, (key) => categories.get(key) ?? null, utcDayOf(instantOf(now))),
        bands: defaultCapacityBands,
        savedAt: past(30),
        savedBy: admin,
      });
    }
  });
}
