/**
 * Confluence's PDF and Word export calls this for the macro: it answers an ADF document, so the export
 * carries the report's title and where to read it instead of an empty box.
 */
export function reportAdfExport(): Promise<AdfDocument> {
  return Promise.resolve({
    type: 'doc',
    version: 1,
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Executive status report' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Built from Jira issue data by PMO Governance for Jira.' }] },
    ],
  });
}

interface AdfNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly AdfNode[];
  readonly text?: string;
}

export interface AdfDocument {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: readonly AdfNode[];
}
