import { jiraError } from '../jira-error';
import type { Handler } from './handler-context';

/**
 * GET|POST /rest/api/3/search and /rest/api/2/search: removed by Atlassian (CHANGE-2046); Jira answers 410 Gone and
 * points to the enhanced search.
 */
export const handleRemovedSearch: Handler = (request) => {
  const version = request.path.startsWith('/rest/api/2/') ? '2' : '3';
  return jiraError(410, [
    `The requested API has been removed. Please migrate to the /rest/api/${version}/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046`,
  ]);
};
