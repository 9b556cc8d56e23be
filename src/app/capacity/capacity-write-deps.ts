import type { CapacityStore } from '../../ports/capacity-store';
import type { TemplateAdminDeps } from '../templates/template-admin-deps';

/** What saving capacities needs: the caller's settings deps (admin standing, name, the audit log) and the store. */
export interface CapacityWriteDeps {
  readonly admin: TemplateAdminDeps;
  readonly capacities: CapacityStore;
}
