import type { AccountId } from '../ids/account-id';
import type { ProjectKey } from '../ids/project-key';

/** The project a roll-up is about; `category` is its Jira project category, which names its program by default. */
export interface ProjectRef {
  readonly key: ProjectKey;
  readonly name: string;
  readonly category: string | null;
  readonly leadId: AccountId | null;
}
