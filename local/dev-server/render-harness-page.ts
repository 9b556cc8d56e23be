import type { HarnessViewer } from './ask-harness-viewer';
import { escapeHtml } from './escape-html';
import { harnessPageScript } from './harness-page-script';
import { harnessPageStyle } from './harness-page-style';
import { renderHarnessViewer } from './render-harness-viewer';
import type { HarnessChoices } from './resolve-harness-choices';
import type { SurfaceEntry } from './surface-catalog';

export interface HarnessFrame {
  readonly surface: SurfaceEntry;
  readonly src: string;
}

export interface HarnessPageModel {
  readonly choices: HarnessChoices;
  /** A line on which Jira the page runs against. */
  readonly siteLine: string;
  /** Against a real site the harness cannot list issues, so keys are typed instead of chosen. */
  readonly freeText: boolean;
  readonly frames: readonly HarnessFrame[];
  /** Who the frames run as, by the app's own getViewer answer. */
  readonly viewer: HarnessViewer;
}

const option = (value: string, label: string, selected: boolean) =>
  `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;

function renderChoices({ choices, freeText }: HarnessPageModel): string {
  const users = choices.users.map((u) => option(u.accountId, u.displayName, u.accountId === choices.user.accountId)).join('');
  const userField = `<label>Signed in as<select name="as">${users}</select></label>`;
  if (freeText) {
    return [
      userField,
      `<label>Project key<input type="text" name="project" value="${escapeHtml(choices.project?.key ?? '')}" autocomplete="off" spellcheck="false"></label>`,
      `<label>Issue key<input type="text" name="issue" value="${escapeHtml(choices.issue?.key ?? '')}" autocomplete="off" spellcheck="false"></label>`,
    ].join('');
  }
  const projects = choices.projects.map((p) => option(p.key, `${p.key}: ${p.name}`, p.key === choices.project?.key)).join('');
  const issueGroups = choices.projects
    .map((p) => {
      const issues = choices.issues.filter((i) => i.projectKey === p.key);
      if (issues.length === 0) return '';
      return `<optgroup label="${escapeHtml(p.name)}">${issues.map((i) => option(i.key, `${i.key}: ${i.summary}`, i.key === choices.issue?.key)).join('')}</optgroup>`;
    })
    .join('');
  return [
    userField,
    `<label>Project<select name="project">${projects || option('', 'No project visible', true)}</select></label>`,
    `<label>Issue<select name="issue">${issueGroups || option('', 'No issue visible', true)}</select></label>`,
  ].join('');
}

function renderFrame({ surface, src }: HarnessFrame): string {
  const headingId = `surface-${surface.id}`;
  const wide = surface.id === 'portfolio' ? ' class="wide"' : '';
  const reload = surface.id === 'report-macro' ? ' data-reload-on-macro-config' : '';
  return [
    `<section${wide} aria-labelledby="${headingId}">`,
    `<h2 id="${headingId}">${escapeHtml(surface.title)}</h2>`,
    `<p class="where">${escapeHtml(surface.where)} · module <code>${escapeHtml(surface.moduleKey)}</code></p>`,
    `<iframe title="${escapeHtml(surface.title)}" src="${escapeHtml(src)}" data-surface="${surface.id}"${reload}></iframe>`,
    '</section>',
  ].join('');
}

/**
 * The local harness: one page showing every surface of the app in its own frame, as the chosen user sees it.
 */
export function renderHarnessPage(model: HarnessPageModel): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>PMO Governance for Jira: local</title>',
    '<link rel="icon" href="/static/ui/icon.svg" type="image/svg+xml">',
    `<style>${harnessPageStyle}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#surfaces">Skip to the surfaces</a>',
    '<header>',
    '<h1>PMO Governance for Jira: local</h1>',
    `<p class="site">${escapeHtml(model.siteLine)}</p>`,
    '<form id="harness-choices" method="get" action="/" aria-label="Who is signed in, and where">',
    renderChoices(model),
    '<button type="submit">Show</button>',
    '<p class="hint">Changing a choice reloads every frame as that user, project and issue.</p>',
    '</form>',
    renderHarnessViewer(model.viewer),
    '</header>',
    `<main id="surfaces" tabindex="-1">${model.frames.map(renderFrame).join('')}</main>`,
    `<script>${harnessPageScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
