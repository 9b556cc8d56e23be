import type { RaidKind } from '../../../../../src/domain/raid';
import { raidKinds } from '../../../../../src/domain/raid';
import type { RaidPolicy } from '../../../../../src/domain/template';
import { NamesInput } from './names-input';
import { NumberField } from './number-field';

const kindNames: Readonly<Record<RaidKind, string>> = {
  risk: 'Risks',
  assumption: 'Assumptions',
  issue: 'Issues',
  dependency: 'Dependencies',
  decision: 'Decisions',
};

export interface RaidMappingFieldsProps {
  readonly policy: RaidPolicy;
  readonly onChange: (policy: RaidPolicy) => void;
  readonly readOnly: boolean;
}

/** How RAID items are recognised (issue types, labels) and where the risk severity bands start on the 1..25 score. */
export function RaidMappingFields({ policy, onChange, readOnly }: RaidMappingFieldsProps) {
  const { mapping, riskBands } = policy;
  return (
    <fieldset className="pmo-raid-mapping">
      <legend>RAID mapping and risk bands</legend>
      <div className="pmo-field-row">
        {raidKinds.map((kind) => (
          <div key={kind} className="pmo-field-row">
            <NamesInput
              id={`raid-${kind}-types`}
              label={`${kindNames[kind]}: issue types`}
              names={mapping.issueTypes[kind]}
              readOnly={readOnly}
              hint="Comma-separated."
              onChange={(names) => {
                onChange({ ...policy, mapping: { ...mapping, issueTypes: { ...mapping.issueTypes, [kind]: names } } });
              }}
            />
            <NamesInput
              id={`raid-${kind}-labels`}
              label={`${kindNames[kind]}: labels`}
              names={mapping.labels[kind]}
              readOnly={readOnly}
              hint="Comma-separated."
              onChange={(names) => {
                onChange({ ...policy, mapping: { ...mapping, labels: { ...mapping.labels, [kind]: names } } });
              }}
            />
          </div>
        ))}
      </div>
      <div className="pmo-field-row">
        <NumberField
          id="band-medium"
          label="Medium from score"
          value={riskBands.medium}
          readOnly={readOnly}
          onChange={(v) => {
            onChange({ ...policy, riskBands: { ...riskBands, medium: v ?? Number.NaN } });
          }}
        />
        <NumberField
          id="band-high"
          label="High from score"
          value={riskBands.high}
          readOnly={readOnly}
          onChange={(v) => {
            onChange({ ...policy, riskBands: { ...riskBands, high: v ?? Number.NaN } });
          }}
        />
        <NumberField
          id="band-critical"
          label="Critical from score"
          value={riskBands.critical}
          readOnly={readOnly}
          onChange={(v) => {
            onChange({ ...policy, riskBands: { ...riskBands, critical: v ?? Number.NaN } });
          }}
        />
      </div>
    </fieldset>
  );
}
