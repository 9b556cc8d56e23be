import { handleApproximateCount } from './handlers/handle-approximate-count';
import { handleChangelogBulkFetch } from './handlers/handle-changelog-bulkfetch';
import { handleFields } from './handlers/handle-fields';
import { handleGetIssue } from './handlers/handle-get-issue';
import { handleIssueBulkFetch } from './handlers/handle-issue-bulkfetch';
import { handleIssueLinkTypes } from './handlers/handle-issue-link-types';
import { handleMyPermissions } from './handlers/handle-my-permissions';
import { handleMyself } from './handlers/handle-myself';
import { handlePermissionsCheck } from './handlers/handle-permissions-check';
import { handleProjectCategories } from './handlers/handle-project-categories';
import { handleProjectSearch } from './handlers/handle-project-search';
import { handleRemovedSearch } from './handlers/handle-removed-search';
import { handleSearchJqlGet, handleSearchJqlPost } from './handlers/handle-search-jql';
import type { Handler } from './handlers/handler-context';

/** One path template of the fake's API and the handler of each method it answers. */
export interface Route {
  readonly template: string;
  readonly methods: Readonly<Partial<Record<string, Handler>>>;
}

/** Every endpoint the fake serves; anything else is a 404, a known path with another method a 405. */
export const ROUTES: readonly Route[] = [
  { template: '/rest/api/3/search/jql', methods: { GET: handleSearchJqlGet, POST: handleSearchJqlPost } },
  { template: '/rest/api/3/search/approximate-count', methods: { POST: handleApproximateCount } },
  { template: '/rest/api/3/issue/bulkfetch', methods: { POST: handleIssueBulkFetch } },
  { template: '/rest/api/3/changelog/bulkfetch', methods: { POST: handleChangelogBulkFetch } },
  { template: '/rest/api/3/issue/{issueIdOrKey}', methods: { GET: handleGetIssue } },
  { template: '/rest/api/3/project/search', methods: { GET: handleProjectSearch } },
  { template: '/rest/api/3/projectCategory', methods: { GET: handleProjectCategories } },
  { template: '/rest/api/3/field', methods: { GET: handleFields } },
  { template: '/rest/api/3/issueLinkType', methods: { GET: handleIssueLinkTypes } },
  { template: '/rest/api/3/myself', methods: { GET: handleMyself } },
  { template: '/rest/api/3/mypermissions', methods: { GET: handleMyPermissions } },
  { template: '/rest/api/3/permissions/check', methods: { POST: handlePermissionsCheck } },
  { template: '/rest/api/3/search', methods: { GET: handleRemovedSearch, POST: handleRemovedSearch } },
  { template: '/rest/api/2/search', methods: { GET: handleRemovedSearch, POST: handleRemovedSearch } },
];
