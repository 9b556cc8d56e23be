import type { HarnessChoices } from './resolve-harness-choices';
import type { SurfaceEntry } from './surface-catalog';

/**
 * The URL of one surface's frame for the harness's choices: the user always, the project for the project page, the
 * issue for the issue panel, and `view=config` for the macro's settings page.
 *
 * @example
 * surfaceFrameSrc(projectPageEntry, choices); // => '/surface/raid-project-page?as=712020%3A...&project=PAY'
 */
export function surfaceFrameSrc(surface: SurfaceEntry, choices: HarnessChoices): string {
  const query = new URLSearchParams({ as: choices.user.accountId });
  if (surface.extensionType === 'jira:projectPage' && choices.project) query.set('project', choices.project.key);
  if (surface.extensionType === 'jira:issuePanel' && choices.issue) query.set('issue', choices.issue.key);
  if (surface.configView) query.set('view', 'config');
  return `/surface/${encodeURIComponent(surface.moduleKey)}?${query.toString()}`;
}
