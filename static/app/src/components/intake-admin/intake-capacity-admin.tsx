import { useState } from 'react';
import { CapacityPanel } from '../capacity-admin/capacity-panel';
import { IntakeSettingsPanel } from './intake-settings-panel';
import { ScoringModelsPanel } from './scoring-models-panel';

export interface IntakeCapacityAdminProps {
  /** The projects the admin may browse, to choose the intake projects among. */
  readonly projects: readonly { readonly key: string; readonly name: string }[];
  /** Called after a change was saved, so the audit log shows it. */
  readonly onChanged: () => void;
}

/** The intake settings, the scoring models and the programs' capacities; a saved model shows at once in the settings' choice. */
export function IntakeCapacityAdmin({ projects, onChanged }: IntakeCapacityAdminProps) {
  const [models, setModels] = useState(0);
  return (
    <>
      <IntakeSettingsPanel projects={projects} modelsReload={models} onChanged={onChanged} />
      <ScoringModelsPanel
        onChanged={() => {
          setModels((n) => n + 1);
          onChanged();
        }}
      />
      <CapacityPanel onChanged={onChanged} />
    </>
  );
}
