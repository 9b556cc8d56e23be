import type { Rag } from '../rag/rag';
import type { StatusReport } from './status-report';

/** How one project changed between a frozen report and the live one; null where the project is absent. */
export interface ProjectChange {
  readonly key: string;
  readonly name: string;
  readonly then: { readonly overall: Rag; readonly progress: number | null } | null;
  readonly now: { readonly overall: Rag; readonly progress: number | null } | null;
}

/** What changed since a report was frozen, in the terms a steering committee asks about. */
export interface ReportDiff {
  readonly overall: { readonly then: Rag; readonly now: Rag };
  /** Projects whose colour or progress changed, or that appear in only one of the two. */
  readonly projects: readonly ProjectChange[];
  /** Keys of items that slipped in the live report but not in the frozen one. */
  readonly newSlips: readonly string[];
  /** Keys of top risks and issues that are new, and those no longer among them. */
  readonly risksAdded: readonly string[];
  readonly risksGone: readonly string[];
  /** Keys of escalations raised since, and those no longer asked for. */
  readonly escalationsAdded: readonly string[];
  readonly escalationsGone: readonly string[];
}

function missingFrom(from: readonly { readonly key: string }[], other: readonly { readonly key: string }[]): string[] {
  const keys = new Set(other.map((item) => item.key));
  return from.map((item) => item.key).filter((key) => !keys.has(key));
}

/**
 * Compares a frozen report with the live one built the same way: the overall colour, each project's colour and
 * progress, new slips, and the risks and escalations that came and went.
 *
 * @example
 * diffReports(frozen, live).overall; // { then: 'amber', now: 'red' }
 */
export function diffReports(then: StatusReport, now: StatusReport): ReportDiff {
  const keys = [...new Set([...then.projects, ...now.projects].map((p) => p.key))].sort();
  const projects = keys.flatMap((key): ProjectChange[] => {
    const before = then.projects.find((p) => p.key === key);
    const after = now.projects.find((p) => p.key === key);
    const state = (row: typeof before) => (row === undefined ? null : { overall: row.overall.rag, progress: row.progress });
    const changed = before === undefined || after === undefined || before.overall.rag !== after.overall.rag || before.progress !== after.progress;
    return changed ? [{ key, name: after?.name ?? before?.name ?? key, then: state(before), now: state(after) }] : [];
  });
  return {
    overall: { then: then.headline.overall, now: now.headline.overall },
    projects,
    newSlips: missingFrom(now.slipped, then.slipped),
    risksAdded: missingFrom(now.topRisks, then.topRisks),
    risksGone: missingFrom(then.topRisks, now.topRisks),
    escalationsAdded: missingFrom(now.escalations, then.escalations),
    escalationsGone: missingFrom(then.escalations, now.escalations),
  };
}
