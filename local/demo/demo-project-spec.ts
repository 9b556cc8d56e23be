/**
 * How a project works: Scrum teams estimate in story points; classic (waterfall) projects plan with milestones and
 * gates; Kanban teams run a flow of tasks without epics, milestones, gates or RAID items, so the product's empty
 * states show.
 */
export type DemoProjectStyle = 'scrum' | 'classic' | 'kanban';

/** Everything the generator needs to know about one demo project. */
export interface DemoProjectSpec {
  key: string;
  name: string;
  description: string;
  /** Index into demoPrograms; null for a project in no program (no project category), such as the intake project. */
  program: 0 | 1 | 2 | null;
  style: DemoProjectStyle;
  leadId: string;
  /** Team members who work on (and may browse) the project. */
  memberIds: readonly string[];
  /** Subjects the project's work items are about, used to write summaries. */
  topics: readonly string[];
  epicNames: readonly string[];
  /** Issues in the default (unscaled) demo. */
  defaultIssueCount: number;
  /** Hidden from the restricted user. */
  confidential: boolean;
  /** Days before now the project started. */
  startedDaysAgo: number;
  /** Days after now the project plans to finish. */
  endsInDays: number;
}
