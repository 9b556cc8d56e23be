import { z } from 'zod';
import { templateForProject } from '../app/templates/template-for-project';
import { loadChangeControlInputs } from '../app/change-control/load-change-control-inputs';
import { loadProjectRaid } from '../app/load-project-raid';
import { defineResolver } from './define-resolver';
import { projectKeySchema } from './project-key-schema';
import { ResolverFailure } from './resolver-failure';

/** getProjectRaid: the project page's RAID log, heat map, dependencies, milestones and violations, read as the user. */
export const getProjectRaidResolver = defineResolver({
  payload: z.object({ projectKey: projectKeySchema }),
  permission: 'anyone',
  run: async (deps, { projectKey }) => {
    const data = await loadProjectRaid(
      {
        jira: deps.raidJira,
        rollups: deps.shownRollups,
        fieldMappings: deps.fieldMappings,
        templateFor: (key) => templateForProject(deps.templates, key),
        jqlMatchIds: deps.jqlMatchIds,
        changeControlFor: (key) => loadChangeControlInputs(deps.changeControl, key),
      },
      projectKey,
      deps.now().toISOString(),
    );
    if (data === null) throw new ResolverFailure('FORBIDDEN', `You may not browse project ${projectKey}, or it does not exist.`);
    return data;
  },
});
