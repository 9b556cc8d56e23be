import type { RaidItemDto } from '../contract/raid-item-dto';
import type { ProjectRaidDto } from '../contract/raid-project-dto';
import { defaultRiskBands } from '../domain/raid/default-risk-bands';
import { findDependencies } from '../domain/dependency/find-dependencies';
import type { IssueKey } from '../domain/ids/issue-key';
import { makeRaidClassifier } from '../domain/raid/make-raid-classifier';
import { raidReviewDays } from '../domain/raid/raid-review-days';
import { defaultRaidMapping } from '../domain/raid/default-raid-mapping';
import { raidKinds } from '../domain/raid/raid-kind';
import type { WorkItem } from '../domain/work-item/work-item';
import type { FieldMappingStore } from '../ports/field-mapping-store';
import type { RaidJira } from '../ports/raid-jira';
import type { RollupStore } from '../ports/rollup-store';
import { loadFieldMapping } from './load-field-mapping';
import { loadProjectRag } from './load-project-rag';
import { toHeatMap } from './to-heat-map';
import { toMilestoneDtos } from './to-milestone-dtos';
import { toRaidItemDto } from './to-raid-item-dto';
import type { ChangeControlRecords } from '../domain/change-control/change-control-records';
import type { ProjectKey } from '../domain/ids/project-key';
import { parseProjectKey } from '../domain/ids/parse-project-key';
import type { ComplianceReport } from '../domain/compliance/compliance-report';
import { evaluateProject } from '../domain/compliance/evaluate-project';
import type { Template } from '../domain/template/template';
import { findJqlMatches } from './templates/find-jql-matches';

export interface ProjectRaidPorts {
  /** Asked as the viewer: a project they may not browse is refused, a link to an issue they may not see is absent. */
  readonly jira: RaidJira;
  /** Roll-ups as shown, manual colour overrides applied. */
  readonly rollups: Pick<RollupStore, 'loadRollup'>;
  readonly fieldMappings: Pick<FieldMappingStore, 'loadFieldMapping'>;
  /** The template the project follows (from storage, no Jira request); without it no rule is checked. */
  readonly templateFor?: (projectKey: string) => Promise<Template>;
  /**
   * The ids of a project's issues a JQL query finds, asked as the viewer: the refresh's matcher, so the page counts the
   * JQL rules' violations as the stored score does. Without it JQL rules are reported as not evaluated (not failed).
   */
  readonly jqlMatchIds?: (projectKey: string, jql: string) => Promise<ReadonlySet<string>>;
  /** The project's approved baseline and recorded decisions (storage), for the change control rules; without it they make no check. */
  readonly changeControlFor?: (projectKey: ProjectKey) => Promise<ChangeControlRecords>;
}

/** The project's change control records, or null when they are not at hand (the change control rules then make no check). */
async function changeControlOf(ports: ProjectRaidPorts, projectKey: string): Promise<ChangeControlRecords | null> {
  const key = parseProjectKey(projectKey);
  return key === null || ports.changeControlFor === undefined ? null : ports.changeControlFor(key);
}

/** The project's violations grouped by rule, most frequent first, each with the rule's name and how to fix it. */
function violationsByRule(report: ComplianceReport): ProjectRaidDto['complianceViolations'] {
  const byRule = new Map<string, { ruleId: string; count: number; message: string }>();
  for (const violation of report.violations) {
    const entry = byRule.get(violation.ruleId) ?? { ruleId: violation.ruleId, count: 0, message: `${violation.ruleTitle}: ${violation.fix}` };
    entry.count += 1;
    byRule.set(violation.ruleId, entry);
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

function byLogOrder(a: RaidItemDto, b: RaidItemDto): number {
  return raidKinds.indexOf(a.kind) - raidKinds.indexOf(b.kind) || (b.score ?? 0) - (a.score ?? 0) || a.key.localeCompare(b.key, 'en', { numeric: true });
}

/**
 * The project page: every issue of the project (paged search with explicit fields), the issues of other projects that
 * its links point at (bulk fetched, so dependencies can be judged both ways), and from them the RAID log, the heat map, the
 * dependencies, milestones and gate readiness. RAID items are recognised, and risks banded, by the project template's
 * RAID policy, as the roll-up does. Violations are the template evaluated as the refresh evaluates it, JQL rules
 * included (one id-only search per rule), so the page lists exactly what the stored score counts for the same items;
 * "review overdue" follows the template's RAID review cadence.
 *
 * @returns null when the viewer may not browse the project (the resolver answers FORBIDDEN).
 */
export async function loadProjectRaid(ports: ProjectRaidPorts, projectKey: string, now: string): Promise<ProjectRaidDto | null> {
  const project = await ports.jira.findProject(projectKey);
  if (project === null) return null;
  const mapping = await loadFieldMapping(ports.fieldMappings, ports.jira);
  const own = await ports.jira.searchAll(`project = "${project.key}" ORDER BY key ASC`, mapping);
  const ownKeys = new Set<string>(own.map((owned) => owned.item.key));
  const otherKeys = [...new Set(own.flatMap((owned) => owned.item.links.map((link) => link.otherKey)).filter((key) => !ownKeys.has(key)))];
  const others = await ports.jira.readIssues(otherKeys, mapping);

  const template = (await ports.templateFor?.(project.key)) ?? null;
  const raidMapping = template?.raidPolicy.mapping ?? defaultRaidMapping;
  const riskBands = template?.raidPolicy.riskBands ?? defaultRiskBands;
  const classify = makeRaidClassifier(raidMapping);
  const items = own.flatMap((owned) => {
    const kind = classify(owned.item);
    return kind === null ? [] : [toRaidItemDto(owned, kind, now, riskBands, raidReviewDays(template?.rules ?? [], kind))];
  });
  items.sort(byLogOrder);
  const everything: WorkItem[] = [...own, ...others].map((owned) => owned.item);
  const dependencies = findDependencies(everything, now, { raidMapping });
  const inProject = (key: string | undefined): boolean => key !== undefined && ownKeys.has(key);
  const openCriticalRisks = items.filter((item) => item.severity === 'critical' && item.statusCategory !== 'done').length;

  return {
    project,
    asOf: now,
    items,
    heatMap: toHeatMap(items),
    unscoredOpenRisks: items.filter((item) => item.kind === 'risk' && item.statusCategory !== 'done' && item.cell === null).length,
    waitsOn: dependencies.filter((d) => (d.blocked === null ? inProject(d.blocker.key) : inProject(d.blocked.key))),
    waitedOnBy: dependencies.filter((d) => d.blocked !== null && inProject(d.blocker.key) && !inProject(d.blocked.key)),
    milestones: toMilestoneDtos(
      own.map((owned) => owned.item),
      new Map<IssueKey, WorkItem>(everything.map((item) => [item.key, item])),
      openCriticalRisks,
      now,
    ),
    projectRag: await loadProjectRag(ports.rollups, project.key),
    complianceViolations:
      template === null
        ? []
        : violationsByRule(
            evaluateProject(
              template,
              own.map((owned) => owned.item),
              now,
              await findJqlMatches(ports.jqlMatchIds, project.key, template, own),
              await changeControlOf(ports, project.key),
            ),
          ),
    jiraRequests: ports.jira.requestCount(),
  };
}
