import type { JiraClient } from './jira-client';
import { getMyself } from './get-myself';

/** The time zone Jira reads JQL dates in for the client's user (GET /rest/api/3/myself); UTC when Jira names none or an unknown one. */
export async function getActingTimeZone(client: JiraClient): Promise<string> {
  const zone = (await getMyself(client)).timeZone;
  if (zone === undefined) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
