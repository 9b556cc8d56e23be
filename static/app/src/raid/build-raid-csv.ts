import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import { writtenDayLabel } from '../../../../src/domain/time';
import { toCsv } from '../csv/to-csv';
import { raidKindLabels } from './raid-labels';

const header = [
  'Kind',
  'Key',
  'Summary',
  'Score',
  'Severity',
  'Probability',
  'Impact',
  'Residual score',
  'Owner',
  'Mitigation',
  'Due',
  'Last review',
  'State',
  'Stale',
  'Age (days)',
];

/**
 * The RAID log rows as CSV (RFC 4180, CRLF line ends), one line per item in the given order; text that a spreadsheet
 * would run as a formula is kept as text.
 *
 * @example
 * buildRaidCsv([risk]).split('\r\n')[1]; // 'Risk,ALPHA-9,Vendor exit,25,critical,5,5,20,Paul PM,...'
 */
export function buildRaidCsv(items: readonly RaidItemDto[]): string {
  const lines = items.map((item) => [
    raidKindLabels[item.kind],
    item.key,
    item.summary,
    item.score,
    item.severity,
    item.cell?.probability ?? null,
    item.cell?.impact ?? null,
    item.residual?.score ?? null,
    item.owner === null ? null : (item.owner.displayName ?? item.owner.accountId),
    item.mitigation,
    item.due,
    writtenDayLabel(item.updated),
    item.statusName,
    item.stale ? 'yes' : 'no',
    item.ageDays,
  ]);
  return toCsv([header, ...lines]);
}
