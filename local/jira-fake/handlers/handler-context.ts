import type { SiteIndex } from '../create-site-index';
import type { Viewer } from '../create-viewer';
import type { FakeReply } from '../fake-reply';

/** One request as a handler sees it: the path without its query, the query, the parsed JSON body, path parameters. */
export interface HandlerRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The parsed JSON body; undefined when the request had none. */
  readonly body: unknown;
  readonly params: Readonly<Record<string, string>>;
}

export interface HandlerContext {
  readonly index: SiteIndex;
  readonly viewer: Viewer;
  /** The fake's clock, for relative JQL dates. */
  readonly now: Date;
}

export type Handler = (request: HandlerRequest, ctx: HandlerContext) => FakeReply;
