import type { HarnessViewer } from './ask-harness-viewer';
import { escapeHtml } from './escape-html';

/**
 * The harness's "acting as" panel: who the frames run as, whether Jira makes them an administrator, and the projects
 * they may browse, as the app's getViewer resolver answered. A debugging aid of the harness, not part of any surface.
 *
 * @example
 * renderHarnessViewer({ ok: true, displayName: 'Ada', isAdmin: true, projects: [] }); // '<section …>…Ada…Jira administrator…'
 */
export function renderHarnessViewer(viewer: HarnessViewer): string {
  const open = '<section class="viewer" aria-labelledby="harness-viewer-heading"><h2 id="harness-viewer-heading">Acting as</h2>';
  if (!viewer.ok) return `${open}<p>Could not ask the app who this is: ${escapeHtml(viewer.message)}</p></section>`;
  const standing = viewer.isAdmin ? 'Jira administrator' : 'Not a Jira administrator';
  const projects =
    viewer.projects.length === 0
      ? '<p>Jira lets this user browse no projects.</p>'
      : `<details><summary>Projects this user can browse (${viewer.projects.length})</summary><ul>${viewer.projects.map((p) => `<li><code>${escapeHtml(p.key)}</code> ${escapeHtml(p.name)}</li>`).join('')}</ul></details>`;
  return `${open}<p><strong>${escapeHtml(viewer.displayName)}</strong> · ${standing}</p>${projects}</section>`;
}
