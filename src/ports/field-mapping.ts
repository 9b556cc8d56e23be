/**
 * The custom fields the roll-up reads, by role. Field ids differ per Jira site, so they are found by name
 * (design section 5) and an admin may remap them; null means the site has no such field.
 *
 * Jira Cloud sites often carry both "Story Points" (company-managed projects) and "Story point estimate"
 * (team-managed projects), so both are kept and an issue's estimate is whichever of the two it has.
 */
export interface FieldMapping {
  readonly storyPoints: string | null;
  readonly storyPointEstimate: string | null;
  readonly startDate: string | null;
  readonly budget: string | null;
  readonly actualCost: string | null;
  readonly probability: string | null;
  readonly impact: string | null;
  readonly mitigation: string | null;
  readonly program: string | null;
  /** Jira's "Flagged" field (an impediment): a list of options, set while the issue is flagged. */
  readonly flagged: string | null;
  /** Intake criteria a proposal may carry in Jira (found by the names in `criterionFieldNames`). */
  readonly businessValue: string | null;
  readonly timeCriticality: string | null;
  /** "Risk Reduction / Opportunity Enablement", or "Risk Reduction". */
  readonly riskReduction: string | null;
  readonly jobSize: string | null;
  readonly estimatedCost: string | null;
  readonly expectedBenefit: string | null;
  /** A select or text field naming the strategic theme a proposal serves. */
  readonly strategicTheme: string | null;
}

export type FieldRole = keyof FieldMapping;
