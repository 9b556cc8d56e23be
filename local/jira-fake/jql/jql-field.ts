import type { SiteIssue } from '../../site/site-file-schema';

/**
 * A JQL field the fake evaluates, by how its values compare:
 * - identity: each value has identifiers (a status has its id and name); =, !=, IN, NOT IN, IS [NOT] EMPTY
 * - date / number: ordered values; also <, <=, >, >=
 * - text: ~ and !~ (contains), IS [NOT] EMPTY
 * - issue: the issue itself (issuekey, key, id, issue); ordered by key within a project
 */
export type JqlField =
  | {
      readonly kind: 'identity';
      readonly name: string;
      /** Each value's identifiers, lower-case; an empty list is EMPTY. */
      read(issue: SiteIssue): string[][];
      /** The message for a value that does not exist on the site, or null when it does. */
      check?(value: string): string | null;
      /** Holds users, so currentUser() applies. */
      readonly users?: boolean;
      /** Values that mean EMPTY, lower-case (resolution's "Unresolved"). */
      readonly emptyAliases?: readonly string[];
    }
  | { readonly kind: 'date'; readonly name: string; read(issue: SiteIssue): number | null }
  | { readonly kind: 'number'; readonly name: string; read(issue: SiteIssue): number[] }
  | { readonly kind: 'text'; readonly name: string; read(issue: SiteIssue): string | null }
  | { readonly kind: 'issue'; readonly name: string };
