import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { z } from 'zod';
import { recordMetric } from '../trust/support/record-metric';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const resultsSchema = z.object({
  violations: z.array(
    z.object({ id: z.string(), impact: z.string().nullable().optional(), help: z.string(), nodes: z.array(z.object({ target: z.array(z.unknown()) })) }),
  ),
});

/** One accessibility problem axe found, in a line a reader can act on. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly summary: string;
}

/**
 * Runs axe-core inside one frame (the page or a surface's iframe) and lists its serious and critical violations.
 * The counts are recorded for `npm run verify` under the surface (a surface catalog id, or "harness") and the test.
 */
export async function seriousAxeViolations(frame: Frame, surface: string): Promise<AxeFinding[]> {
  await frame.evaluate(axeSource);
  const raw: unknown = await frame.evaluate(() => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } };
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const violations = resultsSchema.parse(raw).violations;
  const count = (impact: string) => violations.filter((v) => v.impact === impact).length;
  recordMetric('accessibility', `${surface} | ${expect.getState().currentTestName ?? 'unnamed test'}`, {
    serious: count('serious'),
    critical: count('critical'),
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', summary: `${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}` }));
}
