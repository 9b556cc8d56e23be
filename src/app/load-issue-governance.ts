import type { IssueGovernanceDto } from '../contract/raid-governance-dto';
import { findDependencies } from '../domain/dependency/find-dependencies';
import type { IssueKey } from '../domain/ids/issue-key';
import { classifyRaid } from '../domain/raid/classify-raid';
import { defaultRaidMapping } from '../domain/raid/default-raid-mapping';
import { defaultRiskBands } from '../domain/raid/default-risk-bands';
import { raidReviewDays } from '../domain/raid/raid-review-days';
import { relateRaidItems } from '../domain/raid/relate-raid-items';
import type { FieldMappingStore } from '../ports/field-mapping-store';
import type { OwnedWorkItem, RaidJira } from '../ports/raid-jira';
import type { RollupStore } from '../ports/rollup-store';
import { loadFieldMapping } from './load-field-mapping';
import { loadProjectRag } from './load-project-rag';
import { relatedIssuesJql } from './related-issues-jql';
import { issueChangeControl, type IssueChangeControlPorts } from './issue-change-control';
import { toRaidItemDto } from './to-raid-item-dto';
import { defaultChangePolicy } from '../domain/change-control/default-change-policy';
import type { ComplianceViolationDto } from '../contract/raid-governance-dto';
import { evaluateIssue } from '../domain/compliance/evaluate-issue';
import type { ChangeControlRecords } from '../domain/change-control/change-control-records';
import type { Template } from '../domain/template/template';
import type { WorkItem } from '../domain/work-item/work-item';

/** The issue's own violations of its project's template, each with the fix; none when no template is known. */
function issueViolations(
  template: Template | null,
  item: WorkItem,
  related: readonly WorkItem[],
  now: string,
  changeControl: ChangeControlRecords | null,
): ComplianceViolationDto[] {
  if (template === null) return [];
  const report = evaluateIssue(template, item, related, now, changeControl);
  return report.violations
    .filter((violation) => violation.itemKey === null || violation.itemKey === item.key)
    .map((violation) => ({ ruleId: violation.ruleId, severity: violation.severity, message: violation.message, fixHint: violation.fix }));
}

export interface IssueGovernancePorts {
  /** Asked as the viewer, so issues they may not see never come back. */
  readonly jira: RaidJira;
  /** Roll-ups as shown, manual colour overrides applied. */
  readonly rollups: Pick<RollupStore, 'loadRollup'>;
  readonly fieldMappings: Pick<FieldMappingStore, 'loadFieldMapping'>;
  /** The template the issue's project follows (from storage, no Jira request); without it no rule is checked. */
  readonly templateFor?: (projectKey: string) => Promise<Template>;
  /** The recorded decisions and approved baselines (storage only); without them no change control is shown. */
  readonly changeControl?: IssueChangeControlPorts;
}

/** One search page covers the issue's neighbourhood; more than this is reported as partial. */
const RELATED_PAGE_SIZE = 100;

/**
 * The Governance panel of one issue in two to four Jira requests: the field mapping (only when none is stored),
 * the issue itself, and one search for what is linked to it or its parent and their children (skipped for a RAID
 * item, which shows its own score and state). A sub-task whose parent has a parent (story under an epic) takes one
 * more search, around that epic, so what is raised on the epic reaches its sub-tasks too. The project's RAG comes from the stored roll-up. RAID items are
 * recognised and their risks banded by the project template's RAID policy, as the roll-up does. The change requests
 * among what was read, and the issue's place in the approved baseline, come from storage at no Jira cost.
 */
export async function loadIssueGovernance(ports: IssueGovernancePorts, issueKey: IssueKey, now: string): Promise<IssueGovernanceDto> {
  const mapping = await loadFieldMapping(ports.fieldMappings, ports.jira);
  const issue = await ports.jira.readIssue(issueKey, mapping);
  const { item } = issue;
  const [template, projectRag] = await Promise.all([ports.templateFor?.(item.projectKey) ?? null, loadProjectRag(ports.rollups, item.projectKey)]);
  const raidMapping = template?.raidPolicy.mapping ?? defaultRaidMapping;
  const riskBands = template?.raidPolicy.riskBands ?? defaultRiskBands;
  const kind = classifyRaid(item, raidMapping);
  const rules = template?.rules ?? [];

  let neighbours: readonly OwnedWorkItem[] = [];
  let partial = false;
  const ancestors: IssueKey[] = item.parentKey === null ? [] : [item.parentKey];
  if (kind === null) {
    // A sub-task's parent is a story; the epic above it, where risks are usually raised, is one more search away.
    const subTask = item.hierarchyLevel < 0 && item.parentKey !== null;
    const page = await ports.jira.searchPage(relatedIssuesJql(item.key, item.parentKey, { includeParent: subTask }), mapping, RELATED_PAGE_SIZE);
    neighbours = page.items;
    partial = !page.complete;
    const grandparentKey = subTask ? (neighbours.find((owned) => owned.item.key === item.parentKey)?.item.parentKey ?? null) : null;
    if (grandparentKey !== null) {
      const upper = await ports.jira.searchPage(relatedIssuesJql(grandparentKey, null), mapping, RELATED_PAGE_SIZE);
      const seen = new Set(neighbours.map((owned) => owned.item.key));
      neighbours = [...neighbours, ...upper.items.filter((owned) => !seen.has(owned.item.key))];
      partial ||= !upper.complete;
      ancestors.push(grandparentKey);
    }
  }
  const owners = new Map<IssueKey, OwnedWorkItem>(neighbours.map((owned) => [owned.item.key, owned]));
  const related = relateRaidItems(
    item,
    ancestors,
    neighbours.map((owned) => owned.item),
    { raidMapping, riskBands },
  ).map((r) => ({
    item: toRaidItemDto(owners.get(r.item.key) ?? { item: r.item, ownerName: null }, r.kind, now, riskBands, raidReviewDays(rules, r.kind)),
    relation: r.relation,
    via: r.via,
  }));
  const upstream = findDependencies([item, ...neighbours.map((owned) => owned.item)], now, { crossProjectOnly: false, raidMapping }).filter(
    (dependency) => dependency.blocked?.key === item.key,
  );

  const changeControl =
    ports.changeControl === undefined
      ? { changes: [], approvedBaseline: null, records: null }
      : await issueChangeControl(
          ports.changeControl,
          item,
          neighbours.map((owned) => owned.item),
          template?.changePolicy ?? defaultChangePolicy,
        );

  return {
    issueKey: item.key,
    projectKey: item.projectKey,
    summary: item.summary,
    raidItem: kind === null ? null : toRaidItemDto(issue, kind, now, riskBands, raidReviewDays(rules, kind)),
    related,
    upstream,
    complianceViolations: issueViolations(
      template,
      item,
      neighbours.map((owned) => owned.item),
      now,
      changeControl.records,
    ),
    projectRag,
    changes: changeControl.changes,
    approvedBaseline: changeControl.approvedBaseline,
    partial,
    jiraRequests: ports.jira.requestCount(),
  };
}
