import type { RagOverridesDto } from '../../../../../src/contract/rag-override-dto';
import { buildColourRows, type ColourRowOverride } from '../../../../../static/app/src/rag-override/build-colour-rows';
import { aRagOverrides, anOverride } from './a-rag-overrides';

describe('buildColourRows', () => {
  it('lists the overall colour first, then the five dimensions, each with its computed colour and reason', () => {
    const rows = buildColourRows(aRagOverrides());
    expect(rows.map((r) => [r.label, r.computed.rag, r.computed.reason])).toEqual([
      ['Overall', 'red', 'The worst of the dimensions'],
      ['Schedule', 'green', 'SPI 1.02'],
      ['Scope', 'amber', 'Scope grew 12%'],
      ['Cost', 'red', 'CPI 0.82 is below 0.9'],
      ['Risk', 'grey', 'No risks to judge by'],
      ['Compliance', 'green', 'No violations'],
    ]);
    expect(rows.every((r) => r.override === null)).toBe(true);
  });

  it.each<[string, RagOverridesDto, Record<string, ColourRowOverride | null>]>([
    [
      'puts an override on its own target only, saying who set it and until when',
      aRagOverrides({ overrides: [anOverride()] }),
      {
        overall: null,
        cost: {
          rag: 'amber',
          setByUntil: 'by Morgan Ellis until 2026-12-15',
          reason: 'Vendor credit agreed at the steering committee',
          setById: '712020:admin',
        },
      },
    ],
    [
      'shows an override of the overall colour on the Overall row',
      aRagOverrides({
        overrides: [
          anOverride({
            target: 'overall',
            rag: 'green',
            expiresOn: '2027-01-31',
            setBy: { accountId: 'b', displayName: 'Pat PMO' },
            reason: 'Recovery plan approved by the board',
          }),
        ],
      }),
      { overall: { rag: 'green', setByUntil: 'by Pat PMO until 2027-01-31', reason: 'Recovery plan approved by the board', setById: 'b' }, cost: null },
    ],
    [
      'keeps the first override the app listed when a target has two',
      aRagOverrides({ overrides: [anOverride({ rag: 'green', reason: 'first one listed here' }), anOverride({ rag: 'red', reason: 'second one listed' })] }),
      { overall: null, cost: { rag: 'green', setByUntil: 'by Morgan Ellis until 2026-12-15', reason: 'first one listed here', setById: '712020:admin' } },
    ],
  ])('%s', (_name, dto, expected) => {
    const rows = buildColourRows(dto);
    for (const [target, override] of Object.entries(expected)) expect(rows.find((r) => r.target === target)?.override).toEqual(override);
    expect(rows.filter((r) => r.override !== null)).toHaveLength(Object.values(expected).filter((o) => o !== null).length);
  });

  it('keeps the computed colour beside an override, so the table shows both', () => {
    const cost = buildColourRows(aRagOverrides({ overrides: [anOverride({ rag: 'green' })] })).find((r) => r.target === 'cost');
    expect(cost?.computed).toEqual({ rag: 'red', reason: 'CPI 0.82 is below 0.9' });
    expect(cost?.override?.rag).toBe('green');
  });
});
