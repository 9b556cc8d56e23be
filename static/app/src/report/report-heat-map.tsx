import { severityOf } from '../../../../src/domain/raid/severity-of';

const scale = [1, 2, 3, 4, 5] as const;

/**
 * The 5x5 heat map of open risks as counts (impact rows from 5 down, probability columns from 1 up), each cell shaded
 * by the severity of its score and named in words for screen readers.
 */
export function ReportHeatMap({ counts }: { readonly counts: readonly (readonly number[])[] }) {
  return (
    <table className="pmo-report-heat">
      <caption className="pmo-caption">Open risks by probability and impact</caption>
      <thead>
        <tr>
          <td />
          {scale.map((p) => (
            <th key={p} scope="col">
              P{p}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...scale].reverse().map((impact) => (
          <tr key={impact}>
            <th scope="row">I{impact}</th>
            {scale.map((probability) => {
              const count = counts[probability - 1]?.[impact - 1] ?? 0;
              const severity = severityOf(probability * impact);
              return (
                <td key={probability} className={`sev-${severity}`} title={`Probability ${String(probability)}, impact ${String(impact)} (${severity}): ${String(count)} open`}>
                  <span aria-hidden="true">{count === 0 ? '' : count}</span>
                  <span className="pmo-visually-hidden">{`Probability ${String(probability)}, impact ${String(impact)}, ${severity}: ${String(count)} open ${count === 1 ? 'risk' : 'risks'}`}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
