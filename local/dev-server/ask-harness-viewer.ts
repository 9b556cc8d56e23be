import type { LocalApp } from '../forge-runtime/create-local-app';
import { envelopeSchema } from '../cli/envelope-schema';
import { viewerDtoSchema } from '../cli/viewer-dto-schema';
import { surfaceCatalog } from './surface-catalog';

/** The acting user as the app's getViewer resolver sees them, or why the harness could not tell. */
export type HarnessViewer =
  | {
      readonly ok: true;
      readonly displayName: string;
      readonly isAdmin: boolean;
      readonly projects: readonly { readonly key: string; readonly name: string }[];
    }
  | { readonly ok: false; readonly message: string };

// The harness page must not wait on an app that never answers (some tests stand in a resolver that hangs).
const answerWithinMs = 5_000;

/**
 * Asks the app's getViewer resolver, as the given user and from the portfolio module, who they are, whether Jira makes
 * them an administrator and which projects they may browse: the same answer the surfaces get, shown by the harness.
 *
 * @example
 * await askHarnessViewer(app, 'rita-id'); // => { ok: true, displayName: 'Rita Restricted', isAdmin: false, projects: [...] }
 */
export async function askHarnessViewer(app: Pick<LocalApp, 'invokeResolver'>, accountId: string): Promise<HarnessViewer> {
  const module = surfaceCatalog[0];
  if (module === undefined) return { ok: false, message: 'The harness lists no surface to ask from.' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => {
      done('timeout');
    }, answerWithinMs);
  });
  try {
    const answer = await Promise.race([
      app.invokeResolver({ functionKey: 'getViewer', payload: {}, accountId, moduleKey: module.moduleKey, extension: { type: module.extensionType } }),
      timeout,
    ]);
    if (answer === 'timeout') return { ok: false, message: 'The app did not say who this is within 5 seconds.' };
    const parsed = envelopeSchema(viewerDtoSchema).safeParse(answer);
    if (!parsed.success) return { ok: false, message: 'The app answered getViewer in a form the harness does not understand.' };
    if (!parsed.data.ok) return { ok: false, message: `${parsed.data.error.code}: ${parsed.data.error.message}` };
    const { displayName, isAdmin, projects } = parsed.data.data;
    return { ok: true, displayName, isAdmin, projects: projects.map((p) => ({ key: p.key, name: p.name })) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
