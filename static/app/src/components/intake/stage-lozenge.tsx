import Lozenge from '@atlaskit/lozenge';
import type { IntakeStage } from '../../../../../src/domain/intake';
import { intakeStageLabels } from '../../intake/intake-stage-labels';

const appearances: Readonly<Record<IntakeStage, 'default' | 'inprogress' | 'success' | 'moved' | 'removed'>> = {
  submitted: 'default',
  screening: 'inprogress',
  approved: 'success',
  deferred: 'moved',
  rejected: 'removed',
};

/** A proposal's stage as a lozenge that names it in words. */
export function StageLozenge({ stage }: { readonly stage: IntakeStage }) {
  return <Lozenge appearance={appearances[stage]}>{intakeStageLabels[stage]}</Lozenge>;
}
