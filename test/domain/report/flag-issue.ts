import type { SiteFile } from '../../../local/site/site-file-schema';
import { smallSiteMapping } from './small-site-report-input';

/** Flags an issue (Jira's "Flagged": Impediment), or clears its flag, in a test's own copy of the small site. */
export function flagIssue(site: SiteFile, key: string, flagged = true): void {
  const issue = site.issues.find((i) => i.key === key);
  const fieldId = smallSiteMapping.flagged;
  if (issue === undefined || fieldId === null) throw new Error(`no ${key} or no flag field`);
  issue.fields[fieldId] = flagged ? [{ id: '10019', value: 'Impediment' }] : null;
}
