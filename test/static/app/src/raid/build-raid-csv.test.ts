import { buildRaidCsv } from '../../../../../static/app/src/raid/build-raid-csv';
import { aRaidItem, aRisk } from './a-raid-item';

describe('buildRaidCsv', () => {
  const csv = buildRaidCsv([
    aRisk(
      'CORE-1',
      5,
      4,
      { accountId: 'pm', displayName: 'Paul PM' },
      {
        summary: 'Vendor, exit',
        mitigation: 'Second supplier',
        residual: { probability: 4, impact: 4, score: 16 },
        due: '2026-12-01',
        statusName: 'In Progress',
        ageDays: 9,
      },
    ),
    aRaidItem({ key: 'CORE-2', summary: 'Budget approved', stale: true }),
  ]);
  const lines = csv.split('\r\n');

  it('writes a header and one CRLF-ended line per item', () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Kind,Key,Summary,Score,Severity,Probability,Impact,Residual score,Owner,Mitigation,Due,Last review,State,Stale,Age (days)');
    expect(lines[3]).toBe('');
  });

  it('writes a risk with its score, cell, residual and owner, quoting text with commas', () => {
    expect(lines[1]).toBe('Risk,CORE-1,"Vendor, exit",20,critical,5,4,16,Paul PM,Second supplier,2026-12-01,2026-11-10,In Progress,no,9');
  });

  it('leaves absent values empty', () => {
    expect(lines[2]).toBe('Assumption,CORE-2,Budget approved,,,,,,,,,2026-11-10,To Do,yes,3');
  });
});
