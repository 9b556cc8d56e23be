/**
 * The ids of the custom fields on the demo site. The app must not rely on these: it finds fields by name
 * (design section 5), as ids differ per site. Tests and fixtures use them to read values back.
 */
export const demoFieldIds = {
  /** "Start date" (date picker, as in Jira Software). */
  startDate: 'customfield_10015',
  /** "Story point estimate" (number, Jira Software's estimation field). */
  storyPoints: 'customfield_10016',
  /** "Budget" (number, on epics). */
  budget: 'customfield_10050',
  /** "Actual Cost" (number, on epics). */
  actualCost: 'customfield_10051',
  /** "Probability" (single select "1 - Rare" .. "5 - Almost certain"). */
  probability: 'customfield_10052',
  /** "Impact" (single select "1 - Negligible" .. "5 - Severe"). */
  impact: 'customfield_10053',
  /** "Mitigation" (single-line text, so REST v3 returns a plain string rather than a document). */
  mitigation: 'customfield_10054',
  /** "Program" (single select; one option per project category). */
  program: 'customfield_10055',
  /** "Flagged" (checkboxes with the one option "Impediment", as Jira Software sets it). */
  flagged: 'customfield_10021',
  /** "Impact Days" (number, on change requests: days the named items' due dates move). */
  impactDays: 'customfield_10056',
  /** "Cost Impact" (number, on change requests: added to the budget at completion). */
  costImpact: 'customfield_10057',
  /** "Scope Impact" (number, on change requests: story points added to the scope). */
  scopeImpact: 'customfield_10058',
  /** "Business Value" (number, on proposals: WSJF's user-business value). */
  businessValue: 'customfield_10059',
  /** "Time Criticality" (number, on proposals). */
  timeCriticality: 'customfield_10060',
  /** "Risk Reduction / Opportunity Enablement" (number, on proposals). */
  riskReduction: 'customfield_10061',
  /** "Job Size" (number, on proposals: WSJF's divisor). */
  jobSize: 'customfield_10062',
  /** "Estimated Cost" (number, on proposals). */
  estimatedCost: 'customfield_10063',
  /** "Expected Benefit" (number, on proposals). */
  expectedBenefit: 'customfield_10064',
  /** "Strategic Theme" (single select, on proposals). */
  strategicTheme: 'customfield_10065',
} as const;

export type DemoFieldKey = keyof typeof demoFieldIds;
