import Heading from '@atlaskit/heading';
import type { ReportIntake, ReportTable } from '../../../../src/domain/report';
import { buildCapacityTable } from '../capacity/build-capacity-table';
import { CapacityHeatMapTable } from '../components/capacity/capacity-heat-map-table';
import '../intake/intake.css';

export interface ReportIntakeViewProps {
  /** The intake section's tables from `reportTables`, in order: decided, waiting, capacity. */
  readonly tables: readonly ReportTable[];
  /** The section's data; absent in a copy frozen before reports held intake. */
  readonly intake: ReportIntake | undefined;
  readonly idPrefix: string;
}

/** One of the section's tables with its title as caption, or the line saying there is nothing. */
function CaptionedTable({ table }: { readonly table: ReportTable }) {
  if (table.rows.length === 0) {
    return (
      <p className="pmo-report-empty">
        <strong>{table.title}. </strong>
        {table.empty}
      </p>
    );
  }
  return (
    <div className="pmo-table-scroll">
      <table className="pmo-report-table pmo-report-captioned">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.head.map((head) => (
              <th key={head} scope="col">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={`${table.title}-${String(r)}`}>
              {row.map((cell, c) => (
                <td key={`${String(c)}-${table.head[c] ?? ''}`}>{cell.text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note !== null && <p className="pmo-report-empty">{table.note}</p>}
    </div>
  );
}

/**
 * The report's intake section: proposals decided in the period and the top-ranked waiting ones as captioned tables,
 * then the capacity heat map as the capacity tab draws it (each colour named in words beside its figures).
 */
export function ReportIntakeView({ tables, intake, idPrefix }: ReportIntakeViewProps) {
  const id = `${idPrefix}-intake`;
  const [decided, waiting, capacity] = tables;
  return (
    <section className="pmo-panel pmo-report-intake" aria-labelledby={id}>
      <Heading size="medium" as="h2" id={id}>
        Intake
      </Heading>
      {decided !== undefined && <CaptionedTable table={decided} />}
      {waiting !== undefined && <CaptionedTable table={waiting} />}
      {capacity !== undefined &&
        (intake === undefined || intake.capacity.rows.length === 0 ? (
          <CaptionedTable table={capacity} />
        ) : (
          <>
            <CapacityHeatMapTable table={buildCapacityTable(intake.capacity)} caption={capacity.title} />
            {capacity.note !== null && <p className="pmo-report-empty">{capacity.note}</p>}
          </>
        ))}
    </section>
  );
}
