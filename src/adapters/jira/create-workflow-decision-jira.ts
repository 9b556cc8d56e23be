import { z } from 'zod';
import type { ChangeRequest } from '../../domain/change-control/change-request';
import type { WorkflowDecisionJira } from '../../ports/workflow-decision-jira';
import { BULK_FETCH_LIMIT, bulkFetchIssues } from './bulk-fetch-issues';
import { discoverChangeImpactFields } from './discover-change-impact-fields';
import { getFields } from './get-fields';
import type { JiraClient } from './jira-client';
import { readStatusMoves } from './read-status-moves';
import { toChangeRequest } from './to-change-request';

const fieldsOnlySchema = z.object({ key: z.string(), fields: z.record(z.string(), z.unknown()).optional().catch({}) });

/**
 * The workflow decision reads over a Jira client that acts as the app: status moves from the bulk changelog, and
 * change requests' impact fields (found by name in one request, then read by bulk fetch only where the site has any).
 */
export function createWorkflowDecisionJira(client: JiraClient): WorkflowDecisionJira {
  return {
    statusMoves: (issues) => readStatusMoves(client, issues),
    async changeRequests(items) {
      if (items.length === 0) return [];
      const impactFields = discoverChangeImpactFields(await getFields(client));
      const impactIds = [impactFields.days, impactFields.cost, impactFields.scope].filter((id): id is string => id !== null);
      const fieldsByKey = new Map<string, Readonly<Record<string, unknown>>>();
      for (let at = 0; impactIds.length > 0 && at < items.length; at += BULK_FETCH_LIMIT) {
        const keys = items.slice(at, at + BULK_FETCH_LIMIT).map((item) => item.key);
        for (const raw of await bulkFetchIssues(client, keys, impactIds)) {
          const parsed = fieldsOnlySchema.safeParse(raw);
          if (parsed.success) fieldsByKey.set(parsed.data.key, parsed.data.fields ?? {});
        }
      }
      return items.flatMap((item): ChangeRequest[] => {
        const change = toChangeRequest(item, fieldsByKey.get(item.key) ?? {}, impactFields);
        return change === null ? [] : [change];
      });
    },
    requestCount: () => client.requestCount(),
  };
}
