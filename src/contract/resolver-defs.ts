/**
 * The one typed contract between the back end (`makeResolver<ResolverDefs>`) and the UI (`makeInvoke<ResolverDefs>`).
 * The UI imports it with `import type` only, so no back-end code reaches the browser bundle.
 */
import type { Envelope } from './envelope';
import type { PortfolioDto } from './portfolio-dto';
import type { RefreshRequestDto } from './refresh-request-dto';
import type { ViewerDto } from './viewer-dto';

export type ResolverDefs = {
  /** The viewer, their admin standing and the projects they may browse, read as the user. */
  getViewer: () => Envelope<ViewerDto>;
  /** The portfolio roll-up from stored snapshots, only over projects the viewer may browse. No Jira search. */
  getPortfolio: () => Envelope<PortfolioDto>;
  /** Queues a full refresh of every project; a second request within a minute joins the first. */
  requestRefresh: () => Envelope<RefreshRequestDto>;
};

export type ResolverName = keyof ResolverDefs;
