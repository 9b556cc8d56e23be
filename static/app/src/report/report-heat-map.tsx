import { severityOf } from '../../../../src/domain/raid';
import { HeatMapGrid } from '../components/heat-map-grid';

/**
 * The 5x5 heat map of open risks as counts (impact rows from 5 down, probability columns from 1 up), each cell shaded
 * by the severity of its score and named in words for screen readers.
 */
export function ReportHeatMap({ counts }: { readonly counts: readonly (readonly number[])[] }) {
  return (
    <HeatMapGrid
      className="pmo-report-heat"
      renderCell={(probability, impact) => {
        const count = counts[probability - 1]?.[impact - 1] ?? 0;
        const severity = severityOf(probability * impact);
        return (
          <td
            key={probability}
            className={`sev-${severity}`}
            title={`Probability ${String(probability)}, impact ${String(impact)} (${severity}): ${String(count)} open`}
          >
            <span aria-hidden="true">{count === 0 ? '' : count}</span>
            <span className="pmo-visually-hidden">{`Probability ${String(probability)}, impact ${String(impact)}, ${severity}: ${String(count)} open ${count === 1 ? 'risk' : 'risks'}`}</span>
          </td>
        );
      }}
    />
  );
}
