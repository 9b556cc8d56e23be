import { parseReportConfig } from '../report-config/parse-report-config';
import type { ReportConfig } from '../report-config/report-config-schema';
import { forgeContextSchema } from './forge-context-schema';
import { macroConfigMarker, moduleKeys } from './module-keys';

/** Which surface to render, with the parts of the context that surface needs. */
export type SurfaceRoute =
  | { readonly kind: 'issue-panel'; readonly issueKey: string | null; readonly projectKey: string | null }
  | { readonly kind: 'project-page'; readonly projectKey: string | null }
  | { readonly kind: 'portfolio' }
  | { readonly kind: 'admin' }
  | { readonly kind: 'report-macro'; readonly config: ReportConfig | null }
  | { readonly kind: 'report-macro-config'; readonly config: ReportConfig | null }
  | { readonly kind: 'unknown'; readonly moduleKey: string | null };

/**
 * Picks the surface from Forge's view context. The macro and its settings page share a module key, so the settings
 * page is told apart by the marker its own index.html carries (`<meta name="pmo-surface" content="macro-config">`).
 *
 * @example
 * routeSurface({ moduleKey: 'raid-project-page', extension: { project: { key: 'PMO' } } }, null);
 * // => { kind: 'project-page', projectKey: 'PMO' }
 * routeSurface({ moduleKey: 'executive-status-report', extension: {} }, 'macro-config');
 * // => { kind: 'report-macro-config', config: null }
 */
export function routeSurface(context: unknown, surfaceMarker: string | null): SurfaceRoute {
  const parsed = forgeContextSchema.safeParse(context);
  if (!parsed.success) return { kind: 'unknown', moduleKey: null };
  const { moduleKey, extension } = parsed.data;
  switch (moduleKey) {
    case moduleKeys.issuePanel:
      return { kind: 'issue-panel', issueKey: extension.issue?.key ?? null, projectKey: extension.project?.key ?? null };
    case moduleKeys.projectPage:
      return { kind: 'project-page', projectKey: extension.project?.key ?? null };
    case moduleKeys.portfolio:
      return { kind: 'portfolio' };
    case moduleKeys.admin:
      return { kind: 'admin' };
    case moduleKeys.reportMacro: {
      const config = parseReportConfig(extension.config);
      return surfaceMarker === macroConfigMarker ? { kind: 'report-macro-config', config } : { kind: 'report-macro', config };
    }
    default:
      return { kind: 'unknown', moduleKey };
  }
}
