import { criterionFieldNames } from '../../domain/work-item/criterion-field-names';
import type { FieldMapping, FieldRole } from '../../ports/field-mapping';
import type { JiraField } from './get-fields';

interface RoleRule {
  /** Names Jira sites use for the field, compared without case or surrounding spaces. */
  readonly names: readonly string[];
  /** Schema types a usable field has; a same-named field of another type is a different thing. */
  readonly types: readonly string[];
}

const rules: Readonly<Record<FieldRole, RoleRule>> = {
  storyPoints: { names: ['Story Points'], types: ['number'] },
  storyPointEstimate: { names: ['Story point estimate'], types: ['number'] },
  startDate: { names: ['Start date'], types: ['date', 'datetime'] },
  budget: { names: ['Budget'], types: ['number'] },
  actualCost: { names: ['Actual Cost'], types: ['number'] },
  probability: { names: ['Probability'], types: ['option', 'number', 'string'] },
  impact: { names: ['Impact'], types: ['option', 'number', 'string'] },
  mitigation: { names: ['Mitigation'], types: ['string'] },
  program: { names: ['Program'], types: ['option', 'string', 'array'] },
  flagged: { names: ['Flagged'], types: ['array'] },
  // Teams keep WSJF parts as numbers or as selects of numbers ("8"); the theme as a select, text or labels.
  businessValue: { names: criterionFieldNames.businessValue, types: ['number', 'option', 'string'] },
  timeCriticality: { names: criterionFieldNames.timeCriticality, types: ['number', 'option', 'string'] },
  riskReduction: { names: criterionFieldNames.riskReduction, types: ['number', 'option', 'string'] },
  jobSize: { names: criterionFieldNames.jobSize, types: ['number', 'option', 'string'] },
  estimatedCost: { names: criterionFieldNames.estimatedCost, types: ['number'] },
  expectedBenefit: { names: criterionFieldNames.expectedBenefit, types: ['number'] },
  strategicTheme: { names: criterionFieldNames.strategicTheme, types: ['option', 'string', 'array'] },
};

const normalise = (name: string): string => name.trim().toLowerCase();

function numericId(field: JiraField): number {
  const match = /^customfield_(\d+)$/.exec(field.id);
  return match?.[1] === undefined ? Number.MAX_SAFE_INTEGER : Number(match[1]);
}

function pick(fields: readonly JiraField[], rule: RoleRule): string | null {
  const names = rule.names.map(normalise);
  const nameRank = (field: JiraField): number => names.indexOf(normalise(field.name));
  const candidates = fields.filter((field) => nameRank(field) >= 0).filter((field) => field.schema === undefined || rule.types.includes(field.schema.type));
  // A role's first name is its most specific one. Sites sometimes hold two fields of one name; a custom field of the
  // oldest id is the one teams have filled longest.
  const ranked = [...candidates].sort(
    (a, b) => nameRank(a) - nameRank(b) || Number(b.custom ?? true) - Number(a.custom ?? true) || numericId(a) - numericId(b),
  );
  return ranked[0]?.id ?? null;
}

/**
 * Finds the roll-up's custom fields by name (design section 5): "Story Points", "Story point estimate",
 * "Start date", "Budget", "Actual Cost", "Probability", "Impact", "Mitigation", "Program", "Flagged", and the intake
 * criteria ("Business Value", "Time Criticality", "Risk Reduction / Opportunity Enablement" or "Risk Reduction", "Job
 * Size", "Estimated Cost", "Expected Benefit", "Strategic Theme"). When a role has several names, the first found in
 * that order wins (`criterionFieldNames`). Names are compared
 * without case; a field whose type cannot hold the role's values is ignored; a role with no field is null.
 *
 * @example
 * discoverFieldIds([{ id: 'customfield_10016', name: 'Story point estimate', schema: { type: 'number' } }]).storyPointEstimate;
 * // 'customfield_10016'
 */
export function discoverFieldIds(fields: readonly JiraField[]): FieldMapping {
  return {
    storyPoints: pick(fields, rules.storyPoints),
    storyPointEstimate: pick(fields, rules.storyPointEstimate),
    startDate: pick(fields, rules.startDate),
    budget: pick(fields, rules.budget),
    actualCost: pick(fields, rules.actualCost),
    probability: pick(fields, rules.probability),
    impact: pick(fields, rules.impact),
    mitigation: pick(fields, rules.mitigation),
    program: pick(fields, rules.program),
    flagged: pick(fields, rules.flagged),
    businessValue: pick(fields, rules.businessValue),
    timeCriticality: pick(fields, rules.timeCriticality),
    riskReduction: pick(fields, rules.riskReduction),
    jobSize: pick(fields, rules.jobSize),
    estimatedCost: pick(fields, rules.estimatedCost),
    expectedBenefit: pick(fields, rules.expectedBenefit),
    strategicTheme: pick(fields, rules.strategicTheme),
  };
}
