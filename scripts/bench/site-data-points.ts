import type { SiteFile } from '../../local/site/site-file-schema';
import { fullReadPoints } from '../../src/domain/points/full-read-points';
import { countIssuesByProject } from './count-issues-by-project';

/**
 * What reading a site in full costs the data itself (fullReadPoints over the issues of each of its projects, an
 * empty project one page): the floor the first read's points are compared with.
 */
export function siteDataPoints(site: Pick<SiteFile, 'issues' | 'projects'>): number {
  const counts = countIssuesByProject(site.issues.map((issue) => issue.key));
  return fullReadPoints(site.projects.map((project) => counts.get(project.key) ?? 0));
}
