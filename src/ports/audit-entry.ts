/** What can be changed in the governance settings: declared once, for the type, the stored schema and the labels. */
export const auditActions = [
  'template.create',
  'template.update',
  'template.delete',
  'template.import',
  'assignment.update',
  'baseline.create',
  'baseline.delete',
  'rag-override.set',
  'rag-override.clear',
  'points-budget.update',
  'refresh.reread',
  'change-control.baseline',
  'change-control.decide',
  'intake.model',
  'intake.settings',
  'intake.score',
  'intake.decide',
  'intake.deliver',
  'capacity.update',
] as const;

/** What was changed in the governance settings. */
export type AuditAction = (typeof auditActions)[number];

/** One change to the governance settings, kept for ever: who, when, what, and the value before and after. */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  /** The Jira account that made the change. */
  readonly by: string;
  /** Their display name when the change was made (null if Jira did not say). */
  readonly byName: string | null;
  readonly action: AuditAction;
  /** What was changed: a template id, a project key or a baseline id. */
  readonly target: string;
  readonly summary: string;
  readonly before: unknown;
  readonly after: unknown;
}
