import type { TemplateDto } from '../../contract/template-dto';
import type { ImportTemplatesPayload } from '../../contract/template-payloads';
import { templateExportSchema } from '../../domain/template/template-export-schema';
import { checkJqlWithJira } from './check-jql-with-jira';
import { describeProblems } from './describe-problems';
import { describeZodError } from './describe-zod-error';
import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';
import { isBuiltInId } from './is-built-in-id';
import { requireAdmin } from './require-admin';
import { templateProblems } from './template-problems';
import { writeTemplateVersion } from './write-template-version';

/**
 * Imports an export file: the whole file is validated first (JSON, format, every template, unique ids, no built-in
 * ids), and only then is each template written, as a new template or as the next version of the stored one. A bad file
 * is refused with the path and the problem, and nothing is written. Admins only.
 */
export async function importTemplates(deps: TemplateAdminDeps, payload: ImportTemplatesPayload): Promise<{ imported: readonly TemplateDto[] }> {
  await requireAdmin(deps);
  let raw: unknown;
  try {
    raw = JSON.parse(payload.json);
  } catch (error) {
    throw new GovernanceError('BAD_REQUEST', `The file is not JSON: ${error instanceof Error ? error.message : 'unreadable'}. Nothing was imported.`);
  }
  const parsed = templateExportSchema.safeParse(raw);
  if (!parsed.success)
    throw new GovernanceError('BAD_REQUEST', `The file is not a valid template export: ${describeZodError(parsed.error)}. Nothing was imported.`);
  const jqlProblems = parsed.data.templates.flatMap((template, index) =>
    templateProblems(template).problems.map((p) => ({ path: ['templates', index, ...p.path], message: p.message })),
  );
  if (jqlProblems.length > 0)
    throw new GovernanceError('BAD_REQUEST', `The file is not a valid template export: ${describeProblems(jqlProblems)}. Nothing was imported.`);
  const builtIn = parsed.data.templates.findIndex((t) => isBuiltInId(t.id));
  if (builtIn >= 0) {
    throw new GovernanceError(
      'BAD_REQUEST',
      `templates.${String(builtIn)}.id: "${parsed.data.templates[builtIn]?.id ?? ''}" is a built-in template's id; give the copy another id. Nothing was imported.`,
    );
  }
  const jiraProblems = await checkJqlWithJira(deps, parsed.data.templates, (index) => ['templates', index]);
  if (jiraProblems.length > 0)
    throw new GovernanceError('BAD_REQUEST', `The file is not a valid template export: ${describeProblems(jiraProblems)}. Nothing was imported.`);
  const imported: TemplateDto[] = [];
  for (const template of parsed.data.templates) {
    const current = await deps.templates.loadTemplate(template.id);
    imported.push(await writeTemplateVersion(deps, template, current?.template.version ?? 0, 'template.import'));
  }
  return { imported };
}
