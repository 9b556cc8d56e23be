import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportSite } from '../export/export-site';
import { UsageError } from '../parse-common-options';

/** pmo export --jira URL --out FILE: writes what the token can see of a real site into a site file. */
export async function exportCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: { jira: { type: 'string' }, out: { type: 'string' } }, strict: true });
  if (!values.jira || !values.out) throw new UsageError('--jira URL and --out FILE are both required.');
  const email = env.JIRA_EMAIL;
  const apiToken = env.JIRA_API_TOKEN;
  if (!email || !apiToken) throw new UsageError('JIRA_EMAIL and JIRA_API_TOKEN must be set in the environment.');
  const site = await exportSite({ baseUrl: values.jira.replace(/\/+$/, ''), email, apiToken });
  writeFileSync(values.out, `${JSON.stringify(site, null, 2)}\n`);
  out(`Wrote ${site.projects.length} projects and ${site.issues.length} issues to ${values.out}.`);
}
