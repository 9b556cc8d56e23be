import { injectLocalHost, type LocalHostSettings } from '../../../local/dev-server/inject-local-host';

const settings: LocalHostSettings = {
  baseHref: '/static/config/',
  context: { moduleKey: 'executive-status-report', accountId: 'ada', extension: { type: 'macro', config: { note: '</script>' } } },
  submittable: true,
  themeCssUrl: '/host/tokens.css',
  bridgeStubUrl: '/host/bridge-stub.js',
};
const indexHtml =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="./main.js"></script></head><body><div id="root"></div></body></html>';

describe('injectLocalHost', () => {
  const html = injectLocalHost(indexHtml, settings);

  it('loads the frame settings and the bridge stub before the bundle', () => {
    const settingsAt = html.indexOf('<script type="application/json" id="pmo-local-host">');
    const stubAt = html.indexOf('<script src="/host/bridge-stub.js"></script>');
    const bundleAt = html.indexOf('src="./main.js"');
    expect(settingsAt).toBeGreaterThan(-1);
    expect(stubAt).toBeGreaterThan(settingsAt);
    expect(bundleAt).toBeGreaterThan(stubAt);
  });

  it('points the relative URLs of the resource at its build folder', () => {
    expect(html.indexOf('<base href="/static/config/">')).toBeLessThan(html.indexOf('src="./main.js"'));
  });

  it('adds no script a Content-Security-Policy without unsafe-inline would refuse: only data and a script URL', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].map(([, attributes = '', text = '']) => ({ attributes, text }));
    const executableInline = scripts.filter((s) => !/\bsrc=/.test(s.attributes) && !/type="application\/json"/.test(s.attributes));
    expect(executableInline).toEqual([]);
  });

  it('carries the context intact and unable to close its script', () => {
    const match = /<script type="application\/json" id="pmo-local-host">(.*?)<\/script>/.exec(html);
    expect(match?.[1]).toBeDefined();
    expect(JSON.parse(match?.[1] ?? 'null')).toEqual({ context: settings.context, submittable: true, themeCssUrl: '/host/tokens.css' });
  });

  it('refuses a page without a head', () => {
    expect(() => injectLocalHost('<html><body></body></html>', settings)).toThrow(/no <head>/);
  });
});
