import type { PreviewTemplatePayload } from '../../contract/template-payloads';
import type { TemplatePreviewDto } from '../../contract/template-preview-dto';
import { evaluateProject } from '../../domain/compliance/evaluate-project';
import { findJqlMatches } from './find-jql-matches';
import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';
import { parseTemplate } from './parse-template';

/**
 * A dry run: evaluates a draft template over the project's items as stored by its last refresh, without saving
 * anything; Jira is asked only for what JQL rules find (as the caller). Only for a project the caller may browse.
 */
export async function previewTemplate(deps: TemplateAdminDeps, payload: PreviewTemplatePayload): Promise<TemplatePreviewDto> {
  const template = parseTemplate(payload.template);
  if (!(await deps.browsableProjects()).some((p) => p.key === payload.projectKey))
    throw new GovernanceError('NOT_FOUND', `No project ${payload.projectKey} that you may browse.`);
  const issues = await deps.workItems.loadProjectIssues(payload.projectKey);
  if (issues === null) throw new GovernanceError('NOT_FOUND', `Project ${payload.projectKey} has not been refreshed yet: refresh the portfolio first.`);
  const items = issues.map((issue) => issue.item);
  const jql = await findJqlMatches(deps.jqlMatchIds, payload.projectKey, template, issues);
  return { projectKey: payload.projectKey, itemCount: items.length, report: evaluateProject(template, items, deps.now().toISOString(), jql) };
}
