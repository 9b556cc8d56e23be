import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import type { RefreshThrottle } from '../../ports/first-read-plan';
import type { PointsLedger } from '../../ports/points-ledger';

/** What the points budget use cases need beyond the governance ones: the ledger, the throttle, and the queue. */
export interface PointsAdminDeps extends TemplateAdminDeps {
  readonly points: PointsLedger;
  readonly refreshThrottle: () => Promise<RefreshThrottle | null>;
  /** Queues a reread of every project, as the app. */
  readonly queueReread: (requestedAt: string) => Promise<void>;
}
