import { parseArgs } from 'node:util';
import { envelopeSchema } from '../envelope-schema';
import { openLocalApp } from '../open-local-app';
import { commonOptionSpec, parseCommonOptions } from '../parse-common-options';
import { viewerDtoSchema } from '../viewer-dto-schema';

/** pmo viewer: who the app acts as and which projects Jira lets them browse. */
export async function viewerCommand(args: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: commonOptionSpec, strict: true });
  const options = parseCommonOptions(values, env);
  const { app, accountId } = await openLocalApp(options);
  const answer = envelopeSchema(viewerDtoSchema).parse(
    await app.invokeResolver({ functionKey: 'getViewer', payload: {}, accountId, moduleKey: 'pmo-cli', extension: { type: 'cli' } }),
  );
  await app.close();
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  if (options.json) {
    out(JSON.stringify(answer.data, null, 2));
    return;
  }
  out(`${answer.data.displayName} (${answer.data.accountId})${answer.data.isAdmin ? ', Jira administrator' : ''}`);
  out(`May browse ${answer.data.projects.length} project(s):`);
  for (const p of answer.data.projects) out(`  ${p.key.padEnd(10)} ${p.name}${p.category ? `  [${p.category}]` : ''}`);
}
