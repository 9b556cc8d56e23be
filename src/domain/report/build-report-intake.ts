import type { DecidedIntakeStage } from '../intake/intake-stage';
import type { ReportDecidedProposal, ReportIntake, ReportWaitingProposal } from './report-intake';
import type { ReportIntakeInput, ReportProposalInput } from './report-intake-input';
import { inWindow, type ReportWindow } from './report-window';

/** How many waiting proposals the report lists, best ranked first; the rest are only counted. */
export const REPORT_WAITING_SHOWN = 5;

const isDecided = (stage: ReportProposalInput['stage']): stage is DecidedIntakeStage => stage !== 'submitted' && stage !== 'screening';

function decidedIn(proposal: ReportProposalInput, window: ReportWindow): ReportDecidedProposal[] {
  const { stage, decision } = proposal;
  if (!isDecided(stage) || decision === null || !inWindow(decision.decidedAt, window)) return [];
  return [
    {
      key: proposal.key,
      projectKey: proposal.projectKey,
      summary: proposal.summary,
      stage,
      decidedAt: decision.decidedAt,
      by: decision.by,
      source: decision.source,
      reason: decision.reason,
      overloadConfirmed: decision.overloadConfirmed,
    },
  ];
}

function waitingOf(proposal: ReportProposalInput): ReportWaitingProposal[] {
  const { stage } = proposal;
  if (stage !== 'submitted' && stage !== 'screening') return [];
  const { key, projectKey, summary, program, rank, tied, score, breakdown } = proposal;
  return [{ key, projectKey, summary, program, stage, rank, tied, score, breakdown }];
}

/**
 * The report's intake section: the proposals decided (approved, deferred or rejected) in the period, latest first
 * (then by key); the waiting ones (submitted or screening) best ranked first, unscored last, equal ranks in the
 * board's order (earlier submitted, then key), of which the first five are listed and all counted; and the capacity
 * heat map. When the scope names programs, the proposals and the heat map's rows are those of its programs (a
 * proposal in no program is then left out). A proposal's last decision dates
 * it, so one decided before the period and again in it counts once, in it.
 *
 * @example
 * const intake = buildReportIntake(input, { startMs: Date.parse('2026-11-06T12:00Z'), endMs: Date.parse('2026-11-20T12:00Z') });
 * intake.decided.map((d) => d.key); // ['INT-7', 'INT-3']
 * intake.waiting[0]?.breakdown;     // 'WSJF 6.5 = (8 + 5 + 0) / 2'
 */
export function buildReportIntake(input: ReportIntakeInput, window: ReportWindow): ReportIntake {
  const wanted = input.programs === null ? null : new Set(input.programs.map((name) => name.toLowerCase()));
  const inScope = (program: string | null): boolean => wanted === null || (program !== null && wanted.has(program.toLowerCase()));
  const proposals = input.proposals.filter((proposal) => inScope(proposal.program));
  const decided = proposals
    .flatMap((proposal) => decidedIn(proposal, window))
    .sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt) || a.key.localeCompare(b.key, 'en', { numeric: true }));
  // A stable sort by rank alone keeps the board's own order among equal ranks, so its tie rule is not restated here.
  const waiting = proposals.flatMap(waitingOf).sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const rows = input.heatMap.rows.filter((row) => inScope(row.program));
  const shownPrograms = new Set(rows.map((row) => row.program));
  const counted = input.programProjects.filter((entry) => shownPrograms.has(entry.program)).flatMap((entry) => entry.projectKeys);
  return {
    intakeProjects: [...input.intakeProjects],
    decided,
    waiting: waiting.slice(0, REPORT_WAITING_SHOWN),
    waitingCount: waiting.length,
    capacity: { ...input.heatMap, rows },
    projectKeys: [...new Set([...input.intakeProjects, ...counted])].sort(),
  };
}
