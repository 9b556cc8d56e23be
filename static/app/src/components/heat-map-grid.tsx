import type { ReactNode } from 'react';

const scale = [1, 2, 3, 4, 5] as const;

/**
 * The 5x5 grid both heat maps share: impact rows from 5 down, probability columns from 1 up, row and column headers
 * for screen readers. `renderCell` draws one `<td>`.
 */
export function HeatMapGrid({
  className,
  renderCell,
}: {
  readonly className: string;
  readonly renderCell: (probability: number, impact: number) => ReactNode;
}) {
  return (
    <table className={className}>
      <caption className="pmo-caption">Open risks by probability and impact</caption>
      <thead>
        <tr>
          <td />
          {scale.map((probability) => (
            <th key={probability} scope="col">
              P{probability}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...scale].reverse().map((impact) => (
          <tr key={impact}>
            <th scope="row">I{impact}</th>
            {scale.map((probability) => renderCell(probability, impact))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
