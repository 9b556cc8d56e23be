import type { ReportDiff } from '../../../../src/domain/report';
import { percentOrDash, reportWords } from '../../../../src/domain/report';

/**
 * What changed since a frozen copy, in sentences; one sentence saying so when nothing did.
 *
 * @example
 * describeReportDiff({ ...noChange, newSlips: ['ALPHA-4'] }); // ['Overall: Red then, Red now.', 'Slipped since: ALPHA-4.']
 */
export function describeReportDiff(diff: ReportDiff): string[] {
  const lines = [`Overall: ${reportWords.rag[diff.overall.then]} then, ${reportWords.rag[diff.overall.now]} now.`];
  for (const project of diff.projects) {
    if (project.then === null) lines.push(`${project.key} ${project.name} is new in the report.`);
    else if (project.now === null) lines.push(`${project.key} ${project.name} is no longer in the report.`);
    else
      lines.push(
        `${project.key} ${project.name}: ${reportWords.rag[project.then.overall]} → ${reportWords.rag[project.now.overall]}, progress ${percentOrDash(project.then.progress)} → ${percentOrDash(project.now.progress)}.`,
      );
  }
  const list = (label: string, keys: readonly string[]) => {
    if (keys.length > 0) lines.push(`${label}: ${keys.join(', ')}.`);
  };
  list('Slipped since', diff.newSlips);
  list('New among the top risks', diff.risksAdded);
  list('No longer among the top risks', diff.risksGone);
  list('Escalations raised since', diff.escalationsAdded);
  list('Escalations no longer asked for', diff.escalationsGone);
  return lines.length === 1 && diff.overall.then === diff.overall.now ? [...lines, 'Nothing else changed.'] : lines;
}
