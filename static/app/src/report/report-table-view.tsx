import Heading from '@atlaskit/heading';
import type { ReportTable } from '../../../../src/domain/report';
import type { ReactNode } from 'react';
import { RagLozenge } from '../components/rag-lozenge';

export interface ReportTableViewProps {
  readonly table: ReportTable;
  /** The reason behind a RAG cell (row, column), for its tooltip; the cell's own text when absent. */
  readonly reasonOf?: (row: number, column: number) => string | null;
  /** Extra columns after the table's own (e.g. the trend line), as head and per-row content. */
  readonly extra?: { readonly head: string; readonly cell: (row: number) => ReactNode };
  readonly children?: ReactNode;
  /** Makes the section's ids unique when two reports share a page (a frozen copy beside the live one). */
  readonly idPrefix?: string;
}

/** One report section: its heading, then its table, or the sentence saying there is nothing to report. */
export function ReportTableView({ table, reasonOf, extra, children, idPrefix = 'pmo-report' }: ReportTableViewProps) {
  const id = `${idPrefix}-${table.section}`;
  return (
    <section className="pmo-panel" aria-labelledby={id}>
      <Heading size="medium" as="h2" id={id}>
        {table.title}
      </Heading>
      {table.rows.length === 0 ? (
        <p className="pmo-report-empty">{table.empty}</p>
      ) : (
        <table className="pmo-report-table" aria-labelledby={id}>
          <thead>
            <tr>
              {table.head.map((head) => (
                <th key={head} scope="col">
                  {head}
                </th>
              ))}
              {extra && <th scope="col">{extra.head}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${table.section}-${String(r)}`}>
                {row.map((cell, c) => (
                  <td key={`${String(c)}-${table.head[c] ?? ''}`}>
                    {'rag' in cell ? <RagLozenge rag={cell.rag} reason={reasonOf?.(r, c) ?? cell.text} /> : cell.text}
                  </td>
                ))}
                {extra && <td>{extra.cell(r)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {table.note !== null && <p className="pmo-report-empty">{table.note}</p>}
      {children}
    </section>
  );
}
