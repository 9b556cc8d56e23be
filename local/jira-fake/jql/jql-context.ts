import type { SiteIssue } from '../../site/site-file-schema';
import type { SiteIndex } from '../create-site-index';
import type { Viewer } from '../create-viewer';

/** What evaluating a query needs besides the query: the clock for relative dates, the viewer and the site. */
export interface JqlContext {
  readonly jql: string;
  readonly now: Date;
  readonly viewer: Viewer;
  readonly index: SiteIndex;
}

export type IssuePredicate = (issue: SiteIssue) => boolean;
export type IssueComparator = (a: SiteIssue, b: SiteIssue) => number;
