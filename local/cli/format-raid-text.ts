import type { DependencyDto } from '../../src/contract/raid-item-dto';
import type { ProjectRaidDto } from '../../src/contract/raid-project-dto';
import { writtenDayLabel } from '../../src/domain/time';

function dependencyLine(d: DependencyDto): string {
  const state = d.late ? 'LATE   ' : d.blocker.statusCategory === 'done' ? 'done   ' : 'on time';
  const blocked = d.blocked === null ? 'dependency item' : `blocks ${d.blocked.key}`;
  return `  ${state} ${d.blocker.key} ${blocked}, due ${d.blocker.due ?? 'not set'}${d.lateReason === null ? '' : `: ${d.lateReason}`}`;
}

/**
 * A project's RAID view as plain text for a terminal: the log (one line per item), the heat map of open risks, the
 * dependencies both ways (late first) and the milestones and gates.
 *
 * @example
 * formatRaidText(raid)[0]; // 'RAID log of Alpha Mobile (ALPHA), as of 2026-11-20T12:00:00.000Z'
 */
export function formatRaidText(raid: ProjectRaidDto): string[] {
  const lines = [`RAID log of ${raid.project.name} (${raid.project.key}), as of ${raid.asOf}`, ''];
  lines.push(`${'kind'.padEnd(11)}${'key'.padEnd(12)}${'score'.padEnd(16)}${'owner'.padEnd(20)}${'due/review'.padEnd(21)}${'state'.padEnd(14)}summary`);
  for (const item of raid.items) {
    const score = item.score === null || item.severity === null ? (item.kind === 'risk' ? 'unscored' : '-') : `${String(item.score)} ${item.severity}`;
    const owner = item.owner === null ? 'unassigned' : (item.owner.displayName ?? item.owner.accountId);
    const due = item.due ?? `reviewed ${writtenDayLabel(item.updated)}`;
    lines.push(
      `${item.kind.padEnd(11)}${item.key.padEnd(12)}${score.padEnd(16)}${owner.padEnd(20)}${due.padEnd(21)}${item.statusName.padEnd(14)}${item.summary}${item.stale ? ' [review overdue]' : ''}`,
    );
  }
  lines.push('', 'Open risks by impact (rows) and probability (columns):', '      P1 P2 P3 P4 P5');
  for (const impact of [5, 4, 3, 2, 1]) {
    const counts = raid.heatMap.filter((cell) => cell.impact === impact).map((cell) => (cell.count === 0 ? '.' : String(cell.count)).padStart(3));
    lines.push(`  I${String(impact)} ${counts.join('')}`);
  }
  if (raid.unscoredOpenRisks > 0) lines.push(`  (${String(raid.unscoredOpenRisks)} open risks unscored)`);
  lines.push('', `Waits on (${String(raid.waitsOn.length)}):`, ...raid.waitsOn.map(dependencyLine));
  lines.push('', `Waited on by (${String(raid.waitedOnBy.length)}):`, ...raid.waitedOnBy.map(dependencyLine));
  lines.push('', `Milestones and gates (${String(raid.milestones.length)}):`);
  for (const m of raid.milestones) {
    const readiness = m.readiness === null ? '' : ` [${m.readiness.state}${m.readiness.reasons.length > 0 ? `: ${m.readiness.reasons.join('; ')}` : ''}]`;
    lines.push(
      `  ${m.kind.padEnd(10)}${m.key.padEnd(12)}due ${(m.due ?? 'not set').padEnd(11)}${m.statusName}${m.overdue ? ' OVERDUE' : ''}${readiness}  ${m.summary}`,
    );
  }
  return lines;
}
