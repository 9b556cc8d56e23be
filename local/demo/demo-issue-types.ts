export type DemoIssueTypeName =
  | 'Epic'
  | 'Story'
  | 'Task'
  | 'Bug'
  | 'Sub-task'
  | 'Milestone'
  | 'Gate'
  | 'Risk'
  | 'Assumption'
  | 'Issue'
  | 'Dependency'
  | 'Change Request'
  | 'Decision'
  | 'Project Request'
  | 'Proposal'
  | 'Idea';

export interface DemoIssueType {
  id: string;
  name: DemoIssueTypeName;
  description: string;
  subtask: boolean;
  hierarchyLevel: number;
  avatarId: number;
}

const type = (id: string, name: DemoIssueTypeName, description: string, avatarId: number, hierarchyLevel = 0): DemoIssueType => ({
  id,
  name,
  description,
  subtask: hierarchyLevel < 0,
  hierarchyLevel,
  avatarId,
});

/** The issue types of the demo site: Jira Software's own plus the PMO types a governance-minded company adds. */
export const demoIssueTypes: Readonly<Record<DemoIssueTypeName, DemoIssueType>> = {
  Epic: type('10000', 'Epic', 'A collection of related work with its own budget.', 10307, 1),
  Story: type('10001', 'Story', 'Functionality or a feature expressed as a user goal.', 10315),
  Task: type('10002', 'Task', 'A small, distinct piece of work.', 10318),
  'Sub-task': type('10003', 'Sub-task', 'A small piece of a larger work item.', 10316, -1),
  Bug: type('10004', 'Bug', 'A problem or error.', 10303),
  Milestone: type('10005', 'Milestone', 'A dated point of delivery the plan is measured against.', 10310),
  Gate: type('10006', 'Gate', 'A phase gate that needs approval before the next phase starts.', 10306),
  Risk: type('10007', 'Risk', 'Something that may happen and would affect the project.', 10312),
  Assumption: type('10008', 'Assumption', 'Something the plan takes as true without proof.', 10300),
  Issue: type('10009', 'Issue', 'A problem affecting the project now (the I of RAID).', 10308),
  Dependency: type('10010', 'Dependency', 'Something the project needs from another team or supplier.', 10302),
  'Change Request': type('10011', 'Change Request', 'A proposed change to the approved plan: dates, budget or scope.', 10304),
  Decision: type('10012', 'Decision', 'A decision taken for the project: what, by whom, why.', 10305),
  'Project Request': type('10013', 'Project Request', 'A request for a new project, raised for the PMO to score and decide.', 10311),
  Proposal: type('10014', 'Proposal', 'A proposed initiative, with its business case, for the PMO to prioritise.', 10313),
  Idea: type('10015', 'Idea', 'An early idea the PMO may turn into a proposal.', 10309),
};
