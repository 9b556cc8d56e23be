import type { SummarizedSlip } from '../../../../src/domain/change-control';
import '../portfolio/portfolio-change-control.css';

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/**
 * Uncontrolled slips in a portfolio cell: the count, and when there are any, a disclosure (keyboard and screen reader
 * friendly as a native details element) listing each slip with the approved date, the current one and the days late.
 */
export function SlipsCellView({ count, slips, unlisted }: { readonly count: number; readonly slips: readonly SummarizedSlip[]; readonly unlisted: number }) {
  if (count === 0) return <>0</>;
  return (
    <details className="pmo-slips">
      <summary>{`${count} ${count === 1 ? 'slip' : 'slips'}`}</summary>
      <ul>
        {slips.map((slip) => (
          <li key={slip.itemKey}>
            <span className="pmo-slip-key">{slip.itemKey}</span> {slip.kind}: approved {slip.approvedDue}, now {slip.currentDue} ({days(slip.daysLate)} late)
          </li>
        ))}
        {unlisted > 0 && <li>{`and ${unlisted} more on the project page`}</li>}
      </ul>
    </details>
  );
}
