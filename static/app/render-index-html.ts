import { macroConfigMarker } from './src/routing/module-keys';

export interface IndexHtmlOptions {
  readonly hasCss: boolean;
  /** `macro-config` for the settings page of the macro; null for every other surface. */
  readonly surfaceMarker: typeof macroConfigMarker | null;
}

/**
 * The index.html of a UI resource: relative URLs only, because Forge serves each resource from its own CDN path.
 *
 * @example
 * renderIndexHtml({ hasCss: true, surfaceMarker: 'macro-config' }).includes('<meta name="pmo-surface" content="macro-config">'); // => true
 */
export function renderIndexHtml({ hasCss, surfaceMarker }: IndexHtmlOptions): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(surfaceMarker === null ? [] : [`<meta name="pmo-surface" content="${surfaceMarker}">`]),
    `<title>${surfaceMarker === null ? 'PMO Governance' : 'PMO Governance: report settings'}</title>`,
    ...(hasCss ? ['<link rel="stylesheet" href="./main.css">'] : []),
    '<script type="module" src="./main.js"></script>',
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
