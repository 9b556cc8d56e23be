import Button from '@atlaskit/button/new';
import type { ComplianceRule } from '../../../../../src/domain/compliance';
import { ruleSeverities, type RuleSeverity } from '../../../../../src/domain/compliance';
import { ruleKindRegistry } from '../../../../../src/domain/compliance';
import { RuleKindFields } from './rule-kind-fields';
import { SelectField } from './select-field';
import { TextField } from './text-field';

const severityOptions = ruleSeverities.map((value) => ({ value, label: value }));

export interface RuleCardProps {
  readonly index: number;
  readonly rule: ComplianceRule;
  readonly problems: readonly string[];
  readonly phases: readonly string[];
  readonly readOnly: boolean;
  readonly onChange: (rule: ComplianceRule) => void;
  readonly onRemove: () => void;
}

/** One rule in the editor: what it is called, how bad a breach is, how to fix it, its own settings, and its problems. */
export function RuleCard({ index, rule, problems, phases, readOnly, onChange, onRemove }: RuleCardProps) {
  const idPrefix = `rule-${String(index)}`;
  return (
    <li
      className={problems.length > 0 ? 'pmo-rule pmo-rule-invalid' : 'pmo-rule'}
      aria-label={`Rule ${String(index + 1)}: ${rule.title || ruleKindRegistry[rule.kind].label}`}
    >
      <p className="pmo-rule-kind">{ruleKindRegistry[rule.kind].label}</p>
      <div className="pmo-field-row">
        <TextField
          id={`${idPrefix}-title`}
          label="Title"
          value={rule.title}
          readOnly={readOnly}
          wide
          onChange={(title) => {
            onChange({ ...rule, title });
          }}
        />
        <TextField
          id={`${idPrefix}-id`}
          label="Rule id"
          value={rule.id}
          readOnly={readOnly}
          onChange={(id) => {
            onChange({ ...rule, id });
          }}
        />
        <SelectField<RuleSeverity>
          id={`${idPrefix}-severity`}
          label="Severity"
          value={rule.severity}
          options={severityOptions}
          readOnly={readOnly}
          onChange={(severity) => {
            onChange({ ...rule, severity });
          }}
        />
      </div>
      <div className="pmo-field-row">
        <RuleKindFields idPrefix={idPrefix} rule={rule} phases={phases} readOnly={readOnly} onChange={onChange} />
      </div>
      <TextField
        id={`${idPrefix}-fix`}
        label="Fix hint"
        value={rule.fix}
        readOnly={readOnly}
        wide
        onChange={(fix) => {
          onChange({ ...rule, fix });
        }}
      />
      {problems.length > 0 && (
        <ul className="pmo-problems" aria-label={`Problems in rule ${String(index + 1)}`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <Button appearance="subtle" onClick={onRemove}>
          Remove rule {String(index + 1)}
        </Button>
      )}
    </li>
  );
}
