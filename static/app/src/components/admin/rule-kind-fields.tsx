import Checkbox from '@atlaskit/checkbox';
import { assertNever } from '../../../../../src/domain/assert-never';
import type { ComplianceRule } from '../../../../../src/domain/compliance';
import { requirableFields, type RequirableField } from '../../../../../src/domain/compliance';
import { raidKinds, type RaidKind } from '../../../../../src/domain/raid';
import { CheckGroup } from './check-group';
import { NumberField } from './number-field';
import { ScopeFields } from './scope-fields';
import { SelectField } from './select-field';
import { TextField } from './text-field';

const fieldOptions = requirableFields.map((value) => ({ value, label: value }));
const raidKindOptions = raidKinds.map((value) => ({ value, label: (value[0] ?? '').toUpperCase() + value.slice(1) }));
const linkOptions = (['any', 'blocks', 'is-blocked-by', 'relates', 'depends-on'] as const).map((value) => ({
  value,
  label: value === 'any' ? 'any link' : value,
}));

export interface RuleKindFieldsProps {
  readonly idPrefix: string;
  readonly rule: ComplianceRule;
  readonly onChange: (rule: ComplianceRule) => void;
  readonly readOnly: boolean;
  readonly phases: readonly string[];
}

/** The settings of one kind of rule; the switch is exhaustive, so a new kind cannot be left without an editor. */
export function RuleKindFields({ idPrefix, rule, onChange, readOnly, phases }: RuleKindFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  switch (rule.kind) {
    case 'field-required':
      return (
        <>
          <SelectField<RequirableField>
            id={id('field')}
            label="Field"
            value={rule.field}
            options={fieldOptions}
            readOnly={readOnly}
            onChange={(field) => {
              onChange({ ...rule, field });
            }}
          />
          <ScopeFields
            idPrefix={idPrefix}
            scope={rule.scope}
            readOnly={readOnly}
            onChange={(scope) => {
              onChange({ ...rule, scope });
            }}
          />
        </>
      );
    case 'due-date-required':
    case 'not-overdue':
    case 'owner-required':
      return (
        <ScopeFields
          idPrefix={idPrefix}
          scope={rule.scope}
          readOnly={readOnly}
          onChange={(scope) => {
            onChange({ ...rule, scope });
          }}
        />
      );
    case 'no-stale-progress':
      return (
        <>
          <NumberField
            id={id('days')}
            label="Days without update"
            value={rule.maxDays}
            readOnly={readOnly}
            onChange={(maxDays) => {
              onChange({ ...rule, maxDays: maxDays ?? Number.NaN });
            }}
          />
          <ScopeFields
            idPrefix={idPrefix}
            scope={rule.scope}
            readOnly={readOnly}
            onChange={(scope) => {
              onChange({ ...rule, scope });
            }}
          />
        </>
      );
    case 'link-required':
      return (
        <>
          <SelectField
            id={id('link')}
            label="Link type"
            value={rule.linkType === 'other' ? 'any' : rule.linkType}
            options={linkOptions}
            readOnly={readOnly}
            onChange={(linkType) => {
              onChange({ ...rule, linkType });
            }}
          />
          <div className="pmo-field">
            <Checkbox
              label="A parent (epic) counts as a link"
              isChecked={rule.parentCounts}
              isDisabled={readOnly}
              onChange={(event) => {
                onChange({ ...rule, parentCounts: event.target.checked });
              }}
            />
          </div>
          <ScopeFields
            idPrefix={idPrefix}
            scope={rule.scope}
            readOnly={readOnly}
            onChange={(scope) => {
              onChange({ ...rule, scope });
            }}
          />
        </>
      );
    case 'mitigation-required':
      return (
        <NumberField
          id={id('score')}
          label="Risk score at least (1-25)"
          value={rule.minScore}
          readOnly={readOnly}
          onChange={(minScore) => {
            onChange({ ...rule, minScore: minScore ?? Number.NaN });
          }}
        />
      );
    case 'raid-review':
      return (
        <>
          <NumberField
            id={id('days')}
            label="Review every N days"
            value={rule.maxDays}
            readOnly={readOnly}
            onChange={(maxDays) => {
              onChange({ ...rule, maxDays: maxDays ?? Number.NaN });
            }}
          />
          <CheckGroup<RaidKind>
            legend="RAID kinds (none: all)"
            name={id('kinds')}
            options={raidKindOptions}
            selected={rule.raidKinds}
            readOnly={readOnly}
            onChange={(kinds) => {
              onChange({ ...rule, raidKinds: kinds });
            }}
          />
        </>
      );
    case 'gate-criteria':
      return (
        <>
          <SelectField
            id={id('phase')}
            label="Before phase"
            value={rule.phase}
            options={[...new Set([rule.phase, ...phases])].map((p) => ({ value: p, label: p === '' ? '(choose a phase)' : p }))}
            readOnly={readOnly}
            onChange={(phase) => {
              onChange({ ...rule, phase });
            }}
          />
          <ScopeFields
            idPrefix={idPrefix}
            scope={rule.required}
            readOnly={readOnly}
            onChange={(required) => {
              onChange({ ...rule, required });
            }}
            labels={{
              names: rule.required.labels,
              onChange: (labels) => {
                onChange({ ...rule, required: { ...rule.required, labels } });
              },
            }}
          />
        </>
      );
    case 'project-count':
      return (
        <>
          <div className="pmo-field-row">
            <NumberField
              id={id('min')}
              label="At least"
              value={rule.min}
              readOnly={readOnly}
              onChange={(min) => {
                onChange({ ...rule, min });
              }}
            />
            <NumberField
              id={id('max')}
              label="At most"
              value={rule.max}
              readOnly={readOnly}
              onChange={(max) => {
                onChange({ ...rule, max });
              }}
            />
          </div>
          <ScopeFields
            idPrefix={idPrefix}
            scope={rule.selector}
            readOnly={readOnly}
            onChange={(selector) => {
              onChange({ ...rule, selector });
            }}
            labels={{
              names: rule.selector.labels,
              onChange: (labels) => {
                onChange({ ...rule, selector: { ...rule.selector, labels } });
              },
            }}
          />
        </>
      );
    case 'no-uncontrolled-change':
      return (
        <p className="pmo-hint" id={id('hint')}>
          Fails once for each milestone, gate or epic now due later than the approved baseline with no approved change; does not apply before a baseline is
          approved.
        </p>
      );
    case 'changes-decided-within':
      return (
        <NumberField
          id={id('days')}
          label="Decide within N days of being raised"
          value={rule.maxDays}
          readOnly={readOnly}
          onChange={(maxDays) => {
            onChange({ ...rule, maxDays: maxDays ?? Number.NaN });
          }}
        />
      );
    case 'jql':
      return (
        <TextField
          id={id('jql')}
          label="JQL: issues it finds are violations"
          value={rule.jql}
          readOnly={readOnly}
          wide
          onChange={(jql) => {
            onChange({ ...rule, jql });
          }}
        />
      );
    default:
      return assertNever(rule);
  }
}
