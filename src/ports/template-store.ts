import type { AuditEntry } from './audit-entry';
import type { ProjectAssignment } from './project-assignment';
import type { StoredTemplate } from './stored-template';

/** Where governance templates, project assignments and the audit log are kept. */
export interface TemplateStore {
  /** The latest version of every stored template, by id. */
  listTemplates(): Promise<readonly StoredTemplate[]>;
  /** The latest version of one template; null when there is none. */
  loadTemplate(id: string): Promise<StoredTemplate | null>;
  /**
   * Writes the template's version as a new record that must not exist yet: `conflict` when someone else wrote that
   * version first, in which case nothing is changed.
   */
  addTemplateVersion(stored: StoredTemplate): Promise<'saved' | 'conflict'>;
  /**
   * Removes every version of the template, if `version` is still its latest: the delete first claims the next version
   * as a save would, so a save racing it over the same version and the delete cannot both succeed. `conflict` when
   * someone else wrote that version first, in which case nothing is changed.
   */
  deleteTemplate(id: string, version: number): Promise<'deleted' | 'conflict'>;

  listAssignments(): Promise<readonly ProjectAssignment[]>;
  loadAssignment(projectKey: string): Promise<ProjectAssignment | null>;
  saveAssignment(assignment: ProjectAssignment): Promise<void>;

  /** Adds an entry to the audit log; entries are never changed or removed. */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The newest `limit` audit entries, newest first. */
  listAudit(limit: number): Promise<readonly AuditEntry[]>;
}
