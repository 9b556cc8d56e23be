import { POINTS_COST_TABLE } from './points-cost-table';

const BASE_POINTS = 1;

/**
 * The points one answered request costs: the base point, plus the objects of a successful answer as the cost table
 * counts them for its endpoint ("METHOD /path-template").
 *
 * @example
 * requestPoints('GET /rest/api/3/project/search', 200, { values: [{}, {}, {}] }); // 4
 * requestPoints('POST /rest/api/3/search/jql', 400, { errorMessages: ['...'], errors: {} }); // 1
 */
export function requestPoints(endpoint: string, status: number, body: unknown): number {
  const objects = POINTS_COST_TABLE[endpoint];
  if (objects === undefined || status < 200 || status >= 300) return BASE_POINTS;
  return BASE_POINTS + objects(body);
}
