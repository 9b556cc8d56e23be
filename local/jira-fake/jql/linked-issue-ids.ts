import type { SiteIssue } from '../../site/site-file-schema';
import type { SiteIndex } from '../create-site-index';
import { issueLinkSchema } from '../issue-reference';

function linksOf(issue: SiteIssue): ReturnType<typeof issueLinkSchema.parse>[] {
  const raw = issue.fields['issuelinks'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((link) => {
    const parsed = issueLinkSchema.safeParse(link);
    return parsed.success ? [parsed.data] : [];
  });
}

function refersTo(reference: { id?: string | undefined; key?: string | undefined } | undefined, issue: SiteIssue): boolean {
  return reference !== undefined && (reference.id === issue.id || reference.key?.toUpperCase() === issue.key.toUpperCase());
}

/**
 * The ids of the issues linked to `source`, from links recorded on either side, optionally only those whose link
 * reads, from the source's side, as `description` ("blocks", "is blocked by") or whose link type has that name.
 *
 * @example
 * linkedIssueIds(pmo1, 'is blocked by', index); // ids of the issues that block PMO-1
 */
export function linkedIssueIds(source: SiteIssue, description: string | undefined, index: SiteIndex): Set<string> {
  const wanted = description?.toLowerCase();
  const fits = (phrase: string | undefined, typeName: string | undefined): boolean =>
    wanted === undefined || phrase?.toLowerCase() === wanted || typeName?.toLowerCase() === wanted;
  const ids = new Set<string>();
  const add = (reference: { id?: string | undefined; key?: string | undefined } | undefined): void => {
    const target = reference?.id ?? reference?.key;
    const issue = target === undefined ? undefined : index.findIssue(target);
    if (issue) ids.add(issue.id);
  };
  for (const link of linksOf(source)) {
    if (link.outwardIssue && fits(link.type?.outward, link.type?.name)) add(link.outwardIssue);
    if (link.inwardIssue && fits(link.type?.inward, link.type?.name)) add(link.inwardIssue);
  }
  for (const other of index.site.issues) {
    if (other.id === source.id) continue;
    for (const link of linksOf(other)) {
      if (refersTo(link.outwardIssue, source) && fits(link.type?.inward, link.type?.name)) ids.add(other.id);
      if (refersTo(link.inwardIssue, source) && fits(link.type?.outward, link.type?.name)) ids.add(other.id);
    }
  }
  return ids;
}
