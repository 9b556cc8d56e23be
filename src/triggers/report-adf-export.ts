import { z } from 'zod';
import { createShownRollupStore } from '../resolvers/create-shown-rollup-store';
import { loadScopeAggregate } from '../app/load-scope-aggregate';
import type { AdfDocument } from '../domain/report/adf-node';
import { describeReportScope } from '../domain/report/describe-report-scope';
import type { ReportScope } from '../domain/report/report-scope';
import { renderAggregateAdf } from '../domain/report/render-aggregate-adf';

export type { AdfDocument } from '../domain/report/adf-node';

/** The macro's saved settings, as the settings page stores them; anything unreadable means the whole portfolio. */
const macroConfigSchema = z.object({
  scope: z.enum(['portfolio', 'programs', 'projects']).catch('portfolio'),
  programs: z.array(z.string()).catch([]),
  projects: z.array(z.string()).catch([]),
});

const exportEventSchema = z.object({
  extensionPayload: z.object({ config: z.unknown() }).partial().optional(),
  context: z
    .object({ extension: z.object({ config: z.unknown() }).partial().optional() })
    .partial()
    .optional(),
  config: z.unknown().optional(),
});

/** Where Forge puts the macro's config in the export call (the shape has moved between releases, so all are read). */
function configOf(event: unknown): unknown {
  const parsed = exportEventSchema.safeParse(event);
  if (!parsed.success) return undefined;
  return parsed.data.extensionPayload?.config ?? parsed.data.context?.extension?.config ?? parsed.data.config;
}

/**
 * The scope a macro config names; an empty program or project list falls back to the whole portfolio.
 *
 * @example
 * scopeOfMacroConfig({ scope: 'projects', projects: ['ALPHA'] }); // { kind: 'projects', keys: ['ALPHA'] }
 */
export function scopeOfMacroConfig(config: unknown): ReportScope {
  const parsed = macroConfigSchema.safeParse(config ?? {});
  const data = parsed.success ? parsed.data : { scope: 'portfolio' as const, programs: [], projects: [] };
  if (data.scope === 'programs' && data.programs.length > 0) return { kind: 'programs', names: data.programs };
  if (data.scope === 'projects' && data.projects.length > 0) return { kind: 'projects', keys: data.projects };
  return { kind: 'portfolio' };
}

/**
 * Confluence's PDF and Word export calls this for the macro and prints the ADF it answers: the report as tables,
 * not an empty box. The export runs as the app, with no reader to check permissions against, so it shows only
 * figures for the scope as a whole (colours counted per dimension, progress, milestones, risks, CPI/SPI,
 * compliance) and names no project or issue; the page itself shows each reader the full report they may see. It runs
 * on Forge's clock: the manual colours in force are today's.
 */
export async function reportAdfExport(event?: unknown): Promise<AdfDocument> {
  const scope = scopeOfMacroConfig(configOf(event));
  const label = describeReportScope(scope);
  return renderAggregateAdf(
    await loadScopeAggregate(
      createShownRollupStore(() => new Date()),
      scope,
      label,
    ),
    label,
  );
}
