import { applyRagOverrides } from '../../../src/domain/rag-override/apply-rag-overrides';
import type { RagOverride } from '../../../src/domain/rag-override/rag-override';
import { loadSmallSite, projectInputs } from '../report/small-site-report-input';

const [alpha] = projectInputs(loadSmallSite(), ['ALPHA']);
if (alpha === undefined) throw new Error('no ALPHA');
const computed = alpha.current;
const now = '2026-11-21T10:00:00.000Z';
const override = (target: RagOverride['target'], rag: RagOverride['rag'], expiresOn = '2026-12-15', projectKey = 'ALPHA'): RagOverride => ({
  projectKey,
  target,
  rag,
  reason: 'Vendor date agreed at the steering committee',
  expiresOn,
  setBy: { accountId: 'admin', displayName: 'Ada Admin' },
  setAt: '2026-11-20T09:00:00.000Z',
});

describe('applyRagOverrides on ALPHA of the small site (computed: every dimension but compliance red, overall red)', () => {
  it('is the computed roll-up itself with no override in force', () => {
    expect(applyRagOverrides(computed, [override('cost', 'green', '2026-11-20'), override('cost', 'green', '2026-12-15', 'BETA')], now)).toBe(computed);
  });

  it('sets the overridden dimension and says who, until when, why and what was computed', () => {
    const shown = applyRagOverrides(computed, [override('cost', 'amber')], now);
    expect(shown.rag.cost).toMatchObject({
      rag: 'amber',
      reason: `Set to Amber by Ada Admin until 2026-12-15: Vendor date agreed at the steering committee (computed: Red, ${computed.rag.cost.reason})`,
      inputs: { computedRag: 'red' },
    });
    expect(shown.rag.schedule).toBe(computed.rag.schedule);
  });

  it.each([
    ['stays red while other dimensions are red', [override('cost', 'green')], 'red'],
    ['follows the dimensions once every red one is set to amber', (['schedule', 'scope', 'cost', 'risk'] as const).map((d) => override(d, 'amber')), 'amber'],
    ['takes an override of the overall colour over the dimensions', [override('overall', 'green')], 'green'],
  ] as const)('overall %s', (_name, overrides, rag) => {
    expect(applyRagOverrides(computed, overrides, now).overall.rag).toBe(rag);
  });

  it('applies through the whole of its last day and not after', () => {
    expect([
      applyRagOverrides(computed, [override('cost', 'green', '2026-11-21')], '2026-11-21T23:59:59.999Z').rag.cost.rag,
      applyRagOverrides(computed, [override('cost', 'green', '2026-11-21')], '2026-11-22T00:00:00.000Z').rag.cost.rag,
    ]).toEqual(['green', 'red']);
  });
});
