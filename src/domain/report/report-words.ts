import { formatPercent } from '../rag/format-percent';
import type { Rag } from '../rag/rag';
import type { RagDimension } from '../rag/rag-dimension';
import type { ReportSectionName } from './report-section';

/** The words every report format uses, so Markdown, HTML, ADF and the macro say the same thing. */
export const reportWords: {
  readonly rag: Readonly<Record<Rag, string>>;
  readonly dimension: Readonly<Record<RagDimension, string>>;
  readonly section: Readonly<Record<ReportSectionName, string>>;
} = {
  rag: { red: 'Red', amber: 'Amber', green: 'Green', grey: 'No data' },
  dimension: { schedule: 'Schedule', scope: 'Scope', cost: 'Cost', risk: 'Risk', compliance: 'Compliance' },
  section: {
    headline: 'Headline',
    summary: 'Summary by project',
    accomplishments: 'Accomplishments',
    slipped: 'What slipped',
    uncontrolled: 'Uncontrolled slips',
    variance: 'Variance against the approved baseline',
    changes: 'Changes in the period',
    decisions: 'Decisions made',
    upcoming: 'Upcoming milestones (next 30 days)',
    risks: 'Top risks and issues',
    dependencies: 'Late dependencies',
    compliance: 'Compliance exceptions',
    escalations: 'Decisions and escalations needed',
    trends: 'Trends since the previous snapshot',
    intake: 'Intake',
  },
};

/**
 * A share as a percentage, or an en dash when unknown.
 *
 * @example
 * percentOrDash(0.4444); // '44.4%'
 * percentOrDash(null);   // '–'
 */
export function percentOrDash(value: number | null): string {
  return value === null ? '–' : formatPercent(value);
}

/**
 * An index such as CPI or SPI to two decimals, or an en dash when it cannot be computed.
 *
 * @example
 * indexOrDash(0.7407); // '0.74'
 */
export function indexOrDash(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/**
 * The line that says how many items the reader may not see; null when there are none.
 *
 * @example
 * hiddenLine(5); // '5 items not shown: they are in projects you may not browse.'
 */
export function hiddenLine(count: number): string | null {
  if (count === 0) return null;
  return `${String(count)} ${count === 1 ? 'item' : 'items'} not shown: they are in projects you may not browse.`;
}
