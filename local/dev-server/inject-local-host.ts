import { localHostSettingsId } from './local-host-settings-id';
import { serializeForScript } from './serialize-for-script';

export interface LocalHostSettings {
  /** Where the resource's relative URLs (./main.js) resolve: /static/ or /static/config/. */
  readonly baseHref: string;
  readonly context: Record<string, unknown>;
  readonly submittable: boolean;
  readonly themeCssUrl: string;
  readonly bridgeStubUrl: string;
}

/**
 * A resource's index.html as the local host serves it: a `<base>` for its relative URLs, then the frame's settings and
 * the bridge stub first in `<head>`, so `globalThis.__bridge` exists before the bundle loads. The settings are a JSON
 * data block, never run, so the frame's Content-Security-Policy (no inline scripts) holds with nothing added to it.
 *
 * @example
 * injectLocalHost('<html><head><script src="./main.js"></script></head></html>', settings);
 * // => '<html><head><base href="/static/"><script type="application/json" id="pmo-local-host">{…}</script><script src="/host/bridge-stub.js"></script><script src="./main.js">…'
 */
export function injectLocalHost(indexHtml: string, settings: LocalHostSettings): string {
  const head = /<head[^>]*>/i.exec(indexHtml);
  if (head === null) throw new Error('The resource index.html has no <head> to load the bridge into.');
  const frameSettings = { context: settings.context, submittable: settings.submittable, themeCssUrl: settings.themeCssUrl };
  const injected = [
    `<base href="${settings.baseHref}">`,
    `<script type="application/json" id="${localHostSettingsId}">${serializeForScript(frameSettings)}</script>`,
    `<script src="${settings.bridgeStubUrl}"></script>`,
  ].join('');
  const at = head.index + head[0].length;
  return indexHtml.slice(0, at) + injected + indexHtml.slice(at);
}
