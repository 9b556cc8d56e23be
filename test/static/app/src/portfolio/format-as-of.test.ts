import { formatAsOf } from '../../../../../static/app/src/portfolio/format-as-of';

describe('formatAsOf', () => {
  it('shows the day, month, year and time of the roll-up in the local time zone', () => {
    const iso = '2026-11-21T09:30:00.000Z';
    const local = new Date(iso);
    const month = local.toLocaleString('en-GB', { month: 'short' });
    const time = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(formatAsOf(iso)).toBe(`${local.getDate()} ${month} ${local.getFullYear()}, ${time}`);
  });

  it('shows a value that is not a date as it came, rather than "Invalid Date"', () => {
    expect(formatAsOf('soon')).toBe('soon');
  });
});
