import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The official Jira REST OpenAPI document beside the project (../shared/contracts), or null when absent. */
export const jiraOpenApiPath = resolve(__dirname, '..', '..', '..', 'shared', 'contracts', 'jira-platform-rest-v3.openapi.json');

export function openApiDocumentAvailable(): boolean {
  if (existsSync(jiraOpenApiPath)) return true;
  if (process.env.CI) throw new Error(`The Jira OpenAPI document is required in CI but was not found at ${jiraOpenApiPath}.`);
  console.warn(`skipped: the Jira OpenAPI document was not found at ${jiraOpenApiPath}; contract checks did not run.`);
  return false;
}
