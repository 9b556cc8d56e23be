import Button from '@atlaskit/button/new';
import type { TemplatePhase } from '../../../../../src/domain/template';
import { TextField } from './text-field';

export interface PhasesFieldsProps {
  readonly phases: readonly TemplatePhase[];
  readonly onChange: (phases: TemplatePhase[]) => void;
  readonly readOnly: boolean;
}

/** The template's phases with their gates; a phase starts on its date or when work labelled for it starts. */
export function PhasesFields({ phases, onChange, readOnly }: PhasesFieldsProps) {
  const update = (index: number, phase: TemplatePhase) => {
    onChange(phases.map((p, i) => (i === index ? phase : p)));
  };
  return (
    <fieldset className="pmo-phases">
      <legend>Phases and gates</legend>
      {phases.length === 0 && <p>No phases: gate rules need at least one.</p>}
      <ol>
        {phases.map((phase, index) => {
          const id = `phase-${String(index)}`;
          return (
            <li key={id} className="pmo-field-row">
              <TextField
                id={`${id}-name`}
                label="Phase"
                value={phase.name}
                readOnly={readOnly}
                onChange={(name) => {
                  update(index, { ...phase, name });
                }}
              />
              <TextField
                id={`${id}-label`}
                label="Label of its work"
                value={phase.label}
                readOnly={readOnly}
                onChange={(label) => {
                  update(index, { ...phase, label });
                }}
              />
              <TextField
                id={`${id}-start`}
                label="Planned start (yyyy-mm-dd)"
                value={phase.start ?? ''}
                readOnly={readOnly}
                onChange={(start) => {
                  update(index, { ...phase, start: start.trim() === '' ? null : start.trim() });
                }}
              />
              <TextField
                id={`${id}-gate`}
                label="Gate"
                value={phase.gate}
                readOnly={readOnly}
                wide
                onChange={(gate) => {
                  update(index, { ...phase, gate });
                }}
              />
              {!readOnly && (
                <Button
                  appearance="subtle"
                  onClick={() => {
                    onChange(phases.filter((_, i) => i !== index));
                  }}
                >
                  Remove phase {String(index + 1)}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <Button
          onClick={() => {
            onChange([...phases, { name: `Phase ${String(phases.length + 1)}`, label: `phase-${String(phases.length + 1)}`, start: null, gate: '' }]);
          }}
        >
          Add phase
        </Button>
      )}
    </fieldset>
  );
}
