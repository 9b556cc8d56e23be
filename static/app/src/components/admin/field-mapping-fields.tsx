import Textfield from '@atlaskit/textfield';
import type { FieldOverrideRole, FieldOverrides } from '../../../../../src/domain/template';
import { fieldRoles } from '../../../../../src/domain/template';
import type { FieldMapping } from '../../../../../src/ports/field-mapping';

const roleNames: Readonly<Record<FieldOverrideRole, string>> = {
  storyPoints: 'Story Points',
  storyPointEstimate: 'Story point estimate',
  startDate: 'Start date',
  budget: 'Budget',
  actualCost: 'Actual Cost',
  probability: 'Probability',
  impact: 'Impact',
  mitigation: 'Mitigation',
  program: 'Program',
  flagged: 'Flagged (impediment)',
  businessValue: 'Business Value',
  timeCriticality: 'Time Criticality',
  riskReduction: 'Risk Reduction / Opportunity Enablement',
  jobSize: 'Job Size',
  estimatedCost: 'Estimated Cost',
  expectedBenefit: 'Expected Benefit',
  strategicTheme: 'Strategic Theme',
};

export interface FieldMappingFieldsProps {
  readonly overrides: FieldOverrides;
  readonly discovered: FieldMapping | null;
  readonly onChange: (overrides: FieldOverrides) => void;
  readonly readOnly: boolean;
}

/** Custom fields per role: empty follows the field found by name on the site (shown as the suggestion). */
export function FieldMappingFields({ overrides, discovered, onChange, readOnly }: FieldMappingFieldsProps) {
  return (
    <fieldset className="pmo-field-row">
      <legend>Field mapping (empty: the field found on the site)</legend>
      {fieldRoles.map((role) => {
        const found = discovered?.[role] ?? null;
        const id = `field-${role}`;
        return (
          <div key={role} className="pmo-field">
            <label htmlFor={id}>{roleNames[role]}</label>
            <Textfield
              id={id}
              value={overrides[role] ?? ''}
              placeholder={found ?? 'not found on the site'}
              isReadOnly={readOnly}
              aria-describedby={`${id}-hint`}
              onChange={(event) => {
                const value = event.currentTarget.value.trim();
                const rest = Object.fromEntries(Object.entries(overrides).filter(([r]) => r !== role));
                onChange(value === '' ? rest : { ...rest, [role]: value });
              }}
            />
            <span id={`${id}-hint`} className="pmo-hint">
              {found === null ? 'Not found on the site' : `Found on the site: ${found}`}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
