import type { ProjectGovernance } from '../../ports/project-governance';
import type { TemplateStore } from '../../ports/template-store';
import { templateForProject } from './template-for-project';

/** The refresh's view of the governance settings: which template a project follows and which program it is in. */
export function createAssignmentSource(store: TemplateStore): (projectKey: string) => Promise<ProjectGovernance> {
  return async (projectKey) => {
    const [template, assignment] = await Promise.all([templateForProject(store, projectKey), store.loadAssignment(projectKey)]);
    return { template, program: assignment?.program ?? null };
  };
}
