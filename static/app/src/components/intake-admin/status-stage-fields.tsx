import Button from '@atlaskit/button/new';
import { intakeStages, type IntakeStage } from '../../../../../src/domain/intake';
import { intakeStageLabels } from '../../intake/intake-stage-labels';
import type { StatusStageDraft } from '../../intake-admin/scoring-model-draft';
import { SelectField } from '../admin/select-field';
import { CheckedTextField } from './checked-text-field';

export interface StatusStageFieldsProps {
  readonly statusStages: readonly StatusStageDraft[];
  /** The problems at or below a path such as `statusStages.0.status`. */
  readonly problemsAt: (path: string) => readonly string[];
  readonly onChange: (statusStages: StatusStageDraft[]) => void;
}

const stageOptions = intakeStages.map((stage) => ({ value: stage, label: intakeStageLabels[stage] }));

/** The Jira workflow statuses that decide a proposal's stage; none leaves every decision to the app. */
export function StatusStageFields({ statusStages, problemsAt, onChange }: StatusStageFieldsProps) {
  const set = (index: number, next: Partial<StatusStageDraft>) => {
    onChange(statusStages.map((s, i) => (i === index ? { ...s, ...next } : s)));
  };
  return (
    <fieldset className="pmo-status-stages">
      <legend>Workflow statuses that decide the stage</legend>
      {statusStages.length === 0 && <p className="pmo-hint">None: every decision is recorded in the app.</p>}
      {statusStages.map((mapped, index) => (
        <div className="pmo-field-row" key={index}>
          <CheckedTextField
            id={`status-stage-${String(index)}-status`}
            label={`Status ${String(index + 1)}`}
            value={mapped.status}
            problems={problemsAt(`statusStages.${String(index)}`)}
            onChange={(status) => {
              set(index, { status });
            }}
          />
          <SelectField<IntakeStage>
            id={`status-stage-${String(index)}-stage`}
            label={`Stage for status ${String(index + 1)}`}
            value={mapped.stage}
            options={stageOptions}
            readOnly={false}
            onChange={(stage) => {
              set(index, { stage });
            }}
          />
          <Button
            appearance="subtle"
            onClick={() => {
              onChange(statusStages.filter((_, i) => i !== index));
            }}
          >
            Remove status {index + 1}
          </Button>
        </div>
      ))}
      <Button
        onClick={() => {
          onChange([...statusStages, { status: '', stage: 'approved' }]);
        }}
      >
        Map a status
      </Button>
    </fieldset>
  );
}
