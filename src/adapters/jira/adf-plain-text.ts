import { z } from 'zod';

interface AdfNode {
  readonly type?: string | undefined;
  readonly text?: string | undefined;
  readonly content?: readonly AdfNode[] | undefined;
}

const adfNodeSchema: z.ZodType<AdfNode> = z.lazy(() =>
  z.object({ type: z.string().optional(), text: z.string().optional(), content: z.array(adfNodeSchema).optional() }),
);

const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock']);

function collect(node: AdfNode, out: string[]): void {
  if (node.text !== undefined) out.push(node.text);
  for (const child of node.content ?? []) collect(child, out);
  if (node.type !== undefined && blockTypes.has(node.type)) out.push('\n');
}

/**
 * The plain text of a rich-text value: REST v3 answers multi-line text fields as Atlassian Document Format, single-line
 * ones as strings. Null when the value is neither, or holds no text.
 */
export function adfPlainText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  const parsed = adfNodeSchema.safeParse(value);
  if (!parsed.success) return null;
  const parts: string[] = [];
  collect(parsed.data, parts);
  const text = parts.join('').replace(/\n+/g, '\n').trim();
  return text === '' ? null : text;
}
