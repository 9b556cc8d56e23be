import type { Envelope } from '../contract/envelope';
import type { PortfolioDto } from '../contract/portfolio-dto';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createShownGovernanceStore } from './create-shown-governance-store';
import { refreshRequestStore } from '../adapters/kvs/refresh-request-store';
import { loadPortfolio } from '../app/load-portfolio';
import { loadReadingStatus } from '../adapters/kvs/load-reading-status';
import { toErrorEnvelope } from './to-error-envelope';

/** getPortfolio: the roll-up from stored snapshots, filtered to the projects the viewer may browse (asked as the user). */
export async function getPortfolioResolver(): Promise<Envelope<PortfolioDto>> {
  try {
    const viewer = createViewerDirectory(createResolverJiraClient());
    const today = new Date().toISOString().slice(0, 10);
    const data = await loadPortfolio({ viewer, store: createShownGovernanceStore(), refreshRequestedAt: () => refreshRequestStore.load(), readingStatus: loadReadingStatus }, today);
    return { ok: true, data };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}
