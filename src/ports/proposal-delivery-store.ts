import type { ProjectKey } from '../domain/ids/project-key';
import type { RecordedProposalDelivery } from './recorded-proposal-delivery';

/** Where the links from an intake project's approved proposals to the projects or epics delivering them are kept, each version written once. */
export interface ProposalDeliveryStore {
  /** Every recorded version of the links of the intake project's proposals, by proposal and then by version. */
  listDeliveries(intakeProjectKey: ProjectKey): Promise<readonly RecordedProposalDelivery[]>;
  /** Writes the version for its proposal; `conflict` (and nothing written) when that version exists. */
  addDelivery(intakeProjectKey: ProjectKey, recorded: RecordedProposalDelivery): Promise<'saved' | 'conflict'>;
}
