/** The custom fields a change request's impact is read from, found by name; null when the site has none. */
export interface ChangeImpactFieldIds {
  readonly days: string | null;
  readonly cost: string | null;
  readonly scope: string | null;
}
