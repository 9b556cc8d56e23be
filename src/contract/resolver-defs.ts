/**
 * The one typed contract between the back end (`makeResolver<ResolverDefs>`) and the UI (`makeInvoke<ResolverDefs>`).
 * The UI imports it with `import type` only, so no back-end code reaches the browser bundle.
 */
import type { Envelope } from './envelope';
import type { ViewerDto } from './viewer-dto';

export type ResolverDefs = {
  /** The viewer, their admin standing and the projects they may browse, read as the user. */
  getViewer: () => Envelope<ViewerDto>;
};

export type ResolverName = keyof ResolverDefs;
