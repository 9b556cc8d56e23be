import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { z } from 'zod';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const resultsSchema = z.object({
  violations: z.array(z.object({ id: z.string(), impact: z.string().nullable().optional(), help: z.string(), nodes: z.array(z.object({ target: z.array(z.unknown()) })) })),
});

/** One accessibility problem axe found, in a line a reader can act on. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly summary: string;
}

/** Runs axe-core inside one frame (the page or a surface's iframe) and lists its serious and critical violations. */
export async function seriousAxeViolations(frame: Frame): Promise<AxeFinding[]> {
  await frame.evaluate(axeSource);
  const raw: unknown = await frame.evaluate(() => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } };
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return resultsSchema
    .parse(raw)
    .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', summary: `${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}` }));
}
