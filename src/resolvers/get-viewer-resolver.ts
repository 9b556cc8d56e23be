import type { Envelope } from '../contract/envelope';
import type { ViewerDto } from '../contract/viewer-dto';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { loadViewer } from '../app/load-viewer';
import { toErrorEnvelope } from './to-error-envelope';

/** getViewer: who is looking and what they may browse, read as the user. */
export async function getViewerResolver(): Promise<Envelope<ViewerDto>> {
  try {
    const directory = createViewerDirectory(createResolverJiraClient());
    return { ok: true, data: await loadViewer(directory) };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}
