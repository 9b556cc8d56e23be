import type { AdfNode } from '../../../src/domain/report/adf-node';
import { renderReportAdf } from '../../../src/domain/report/render-report-adf';
import { adfValidator } from '../../support/adf-validator';
import { hostileReport } from './report-fixture';

/** Which children each node of the table structure may have. */
const allowedChildren: Readonly<Record<string, readonly string[]>> = {
  doc: ['heading', 'paragraph', 'table'],
  table: ['tableRow'],
  tableRow: ['tableHeader', 'tableCell'],
  tableHeader: ['paragraph'],
  tableCell: ['paragraph'],
  paragraph: ['text', 'status'],
  heading: ['text'],
};

function structureProblems(node: AdfNode, path: string): string[] {
  const here = `${path}>${node.type}`;
  if (node.type === 'text') return node.text === undefined || node.text === '' ? [`${here}: empty text`] : [];
  if (node.type === 'status') return [];
  const allowed = allowedChildren[node.type];
  if (allowed === undefined) return [`${here}: unexpected node`];
  const children = node.content ?? [];
  if (children.length === 0) return [`${here}: no content`];
  return children.flatMap((child) => (allowed.includes(child.type) ? structureProblems(child, here) : [`${here}: ${child.type} not allowed`]));
}

describe('renderReportAdf', () => {
  const doc = renderReportAdf(hostileReport());
  const tables = doc.content.filter((node) => node.type === 'table');

  it('builds doc > table > tableRow > tableHeader/tableCell > paragraph > text throughout', () => {
    expect(structureProblems({ type: doc.type, content: doc.content }, '')).toEqual([]);
  });

  it("is valid against Atlassian's ADF schema", () => {
    const validate = adfValidator();
    expect([validate(doc), validate.errors?.slice(0, 3) ?? null]).toEqual([true, null]);
  });

  it('rejects what the schema rejects (an empty text node), so the check can fail', () => {
    const validate = adfValidator();
    expect(validate({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).toBe(false);
  });

  it.each([
    [
      'one table per non-empty section (slipped, variance, decisions, compliance and trends are empty; uncontrolled slips list the roll-ups not computed yet)',
      tables.length,
      9,
    ],
    [
      'a header row then one row per project in the summary',
      tables[1]?.content?.map((row) => row.content?.[0]?.type),
      ['tableHeader', 'tableCell', 'tableCell'],
    ],
    [
      'issue text kept as plain text, never markup',
      JSON.stringify(doc).includes('"text":"ALPHA-9 <img src=x onerror=alert(1)> | *bold* & \\"quoted\\""'),
      true,
    ],
    [
      'the not-shown line',
      doc.content.some((n) => n.type === 'paragraph' && n.content?.[0]?.text === '5 items not shown: they are in projects you may not browse.'),
      true,
    ],
  ])('has %s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
