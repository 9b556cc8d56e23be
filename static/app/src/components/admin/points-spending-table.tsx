import type { PointsBudgetDto } from '../../../../../src/contract/points-budget-dto';
import { formatCount } from '../../points/format-count';

export interface PointsSpendingTableProps {
  readonly lastHour: PointsBudgetDto['lastHour'];
  readonly today: PointsBudgetDto['today'];
}

/** What refresh jobs and pages spent of the budget in the last hour and since midnight UTC, in points and requests. */
export function PointsSpendingTable({ lastHour, today }: PointsSpendingTableProps) {
  const rows = [
    { name: 'Refresh jobs', hour: lastHour.refresh, day: today.refresh },
    { name: 'Pages', hour: lastHour.pages, day: today.pages },
  ];
  return (
    <table className="pmo-simple-table pmo-points-table">
      <caption>Jira points spent by this site</caption>
      <thead>
        <tr>
          <th scope="col">Spent by</th>
          <th scope="col">Last hour, points</th>
          <th scope="col">Last hour, requests</th>
          <th scope="col">Today (UTC), points</th>
          <th scope="col">Today (UTC), requests</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>{formatCount(row.hour.points)}</td>
            <td>{formatCount(row.hour.requests)}</td>
            <td>{formatCount(row.day.points)}</td>
            <td>{formatCount(row.day.requests)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
