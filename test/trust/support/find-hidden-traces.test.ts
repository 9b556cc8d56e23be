import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { findHiddenTraces, hiddenProjectMarkers } from './find-hidden-traces';

const markers = { key: 'HRB', texts: ['Project Harbour', 'Day one readiness'] };

describe('findHiddenTraces', () => {
  it.each<[string, string, string[]]>([
    ['the key alone', '{"key":"HRB"}', ['HRB']],
    ['an issue key', 'blocked by HRB-12', ['HRB']],
    ['the name', 'Programs: Project Harbour', ['Project Harbour']],
    ['a summary only the project has', '"summary":"Day one readiness"', ['Day one readiness']],
  ])('finds %s', (_name, text, found) => {
    expect(findHiddenTraces(text, markers)).toEqual(found);
  });

  it.each([
    ['a longer key that contains it', 'SHRB-1 and HRBX'],
    ['unrelated text', 'CORE-1 Core Banking Migration'],
  ])('finds nothing in %s', (_name, text) => {
    expect(findHiddenTraces(text, markers)).toEqual([]);
  });
});

describe('hiddenProjectMarkers', () => {
  it("names the demo's hidden project by key and name, with texts no visible project shares", () => {
    const site = generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z') });
    const found = hiddenProjectMarkers(site, 'HRB');
    expect(found.texts).toEqual(expect.arrayContaining(['Project Harbour', 'Harbour']));
    const visible = JSON.stringify(site.issues.filter((i) => !i.key.startsWith('HRB-')));
    expect(found.texts.filter((text) => visible.includes(text))).toEqual([]);
  });
});
