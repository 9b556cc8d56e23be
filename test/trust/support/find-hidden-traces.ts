import type { SiteFile } from '../../../local/site/site-file-schema';

/** What would betray a hidden project: its key (alone or in issue keys), its name, and text only its issues carry. */
export interface HiddenMarkers {
  readonly key: string;
  readonly texts: readonly string[];
}

/**
 * The markers of project `key` on the site: its key, its name and the words of its name that no visible project
 * uses ("Harbour"), and the summaries of its issues that no other project's issue shares.
 */
export function hiddenProjectMarkers(site: SiteFile, key: string): HiddenMarkers {
  const project = site.projects.find((p) => p.key === key);
  if (project === undefined) throw new Error(`No project ${key} on the site.`);
  const isHidden = (issueKey: string) => issueKey.startsWith(`${key}-`);
  const visibleText = JSON.stringify([site.projects.filter((p) => p.key !== key), site.issues.filter((i) => !isHidden(i.key))]);
  const nameWords = project.name.split(/\s+/).filter((word) => word.length > 3 && !visibleText.includes(word));
  const summaries = site.issues.flatMap((issue) => {
    const summary = issue.fields.summary;
    return isHidden(issue.key) && typeof summary === 'string' && !visibleText.includes(summary) ? [summary] : [];
  });
  return { key, texts: [...new Set([project.name, ...nameWords, ...summaries])] };
}

/**
 * The markers found in `text` (a serialised answer, a CSV, a report): the key as a whole word or an issue-key prefix,
 * and any of the hidden texts. Empty when the text shows no trace of the project.
 *
 * @example
 * findHiddenTraces('MOB-1 and HRB-4', { key: 'HRB', texts: ['Project Harbour'] }); // ['HRB']
 */
export function findHiddenTraces(text: string, markers: HiddenMarkers): string[] {
  const keyPattern = new RegExp(`(^|[^A-Za-z0-9])${markers.key}($|[^A-Za-z0-9])`);
  return [...(keyPattern.test(text) ? [markers.key] : []), ...markers.texts.filter((t) => text.includes(t))];
}
