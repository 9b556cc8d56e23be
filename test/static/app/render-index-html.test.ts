import { renderIndexHtml } from '../../../static/app/render-index-html';

describe('renderIndexHtml', () => {
  it.each([
    ['the ui resource', null, false],
    ['the report-config resource', 'macro-config', true],
  ] as const)('marks %s as the config view only when it is one', (_name, surfaceMarker, marked) => {
    const html = renderIndexHtml({ hasCss: true, surfaceMarker });
    expect(html.includes('<meta name="pmo-surface" content="macro-config">')).toBe(marked);
  });

  it.each([true, false])('links the stylesheet only when the build has one (css: %s)', (hasCss) => {
    expect(renderIndexHtml({ hasCss, surfaceMarker: null }).includes('href="./main.css"')).toBe(hasCss);
  });

  it('loads the bundle by a relative URL, as Forge serves each resource from its own path', () => {
    const html = renderIndexHtml({ hasCss: false, surfaceMarker: null });
    expect(html).toContain('<script type="module" src="./main.js"></script>');
    expect(html).not.toMatch(/(src|href)="\//);
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('<html lang="en">');
  });
});
