import type { SiteProject } from '../site/site-file-schema';
import { demoPrograms } from './demo-programs';
import type { DemoProjectSpec } from './demo-project-spec';

/**
 * A project as GET /rest/api/3/project/search lists it (with expand=lead,description); ids count from 10000.
 * @example
 * buildSiteProject(spec, 0, baseUrl, name).id; // '10000'
 */
export function buildSiteProject(spec: DemoProjectSpec, index: number, baseUrl: string, displayName: (accountId: string) => string): SiteProject {
  const program = spec.program === null ? null : demoPrograms[spec.program];
  return {
    id: String(10000 + index),
    key: spec.key,
    name: spec.name,
    projectTypeKey: 'software',
    simplified: false,
    style: 'classic',
    ...(program === null
      ? {}
      : {
          projectCategory: {
            id: program.id,
            name: program.name,
            description: program.description,
            self: `${baseUrl}/rest/api/3/projectCategory/${program.id}`,
          },
        }),
    lead: { accountId: spec.leadId, displayName: displayName(spec.leadId) },
    description: spec.description,
  };
}
