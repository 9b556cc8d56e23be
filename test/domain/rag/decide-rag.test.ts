import { decideRag } from '../../../src/domain/rag/decide-rag';
import { defaultRagPolicy } from '../../../src/domain/rag/default-rag-policy';
import type { RagPolicy } from '../../../src/domain/rag/rag-policy';

describe('decideRag: cost on CPI (amber below 0.95, red below 0.85)', () => {
  it.each([
    ['is green well above the amber threshold', 1.1, 'green', 'CPI 1.1 is at or above 0.95'],
    ['is green exactly at the amber threshold', 0.95, 'green', 'CPI 0.95 is at or above 0.95'],
    ['is amber just below the amber threshold', 0.949, 'amber', 'CPI 0.949 is below the amber threshold 0.95'],
    ['is amber exactly at the red threshold', 0.85, 'amber', 'CPI 0.85 is below the amber threshold 0.95'],
    ['is red just below the red threshold', 0.849, 'red', 'CPI 0.849 is below the red threshold 0.85'],
    ['is red at 0.82', 0.82, 'red', 'CPI 0.82 is below the red threshold 0.85'],
  ])('%s (CPI %f)', (_behaviour, cpi, rag, reason) => {
    const decision = decideRag('cost', { cpi, bac: 100_000 });
    expect([decision.rag, decision.reason]).toEqual([rag, reason]);
  });

  it.each([
    ['is grey without a budget, even when cost is booked', { cpi: 0, bac: 0 }, 'No budget'],
    ['is grey before any cost is booked', { cpi: null, bac: 100 }, 'No actual cost'],
  ])('%s', (_behaviour, inputs, reasonStart) => {
    const decision = decideRag('cost', inputs);
    expect(decision.rag).toBe('grey');
    expect(decision.reason.startsWith(reasonStart)).toBe(true);
  });

  it('records the inputs and the thresholds it used', () => {
    expect(decideRag('cost', { cpi: 0.82, bac: 100_000 })).toEqual({
      rag: 'red',
      reason: 'CPI 0.82 is below the red threshold 0.85',
      inputs: { cpi: 0.82, bac: 100_000 },
      threshold: 'amber below CPI 0.95, red below 0.85',
    });
  });
});

describe('decideRag: schedule on SPI (amber below 0.9, red below 0.8) and overdue milestones (amber 1+, red 2+)', () => {
  it.each([
    ['is green at SPI exactly 0.9 with no overdue milestone', 0.9, 0, 3, 'green', 'SPI 0.9 is at or above 0.9; no milestone is overdue'],
    ['is amber just below SPI 0.9', 0.899, 0, 3, 'amber', 'SPI 0.899 is below the amber threshold 0.9'],
    ['is amber at SPI exactly 0.8', 0.8, 0, 0, 'amber', 'SPI 0.8 is below the amber threshold 0.9'],
    ['is red just below SPI 0.8', 0.799, 0, 0, 'red', 'SPI 0.799 is below the red threshold 0.8'],
    ['is amber with exactly one overdue milestone', 1, 1, 3, 'amber', '1 milestone is overdue (amber at 1 or more)'],
    ['is red with exactly two overdue milestones', 1, 2, 3, 'red', '2 milestones are overdue (red at 2 or more)'],
    ['takes the worse of SPI and milestones', 0.85, 2, 3, 'red', '2 milestones are overdue (red at 2 or more)'],
    ['names both findings when they agree', 0.85, 1, 3, 'amber', 'SPI 0.85 is below the amber threshold 0.9; 1 milestone is overdue (amber at 1 or more)'],
    ['judges on milestones alone without SPI', null, 0, 2, 'green', 'No milestone is overdue'],
    ['judges on SPI alone without dated milestones', 0.95, 0, 0, 'green', 'SPI 0.95 is at or above 0.9'],
  ])('%s', (_behaviour, spi, overdueMilestones, datedMilestones, rag, reason) => {
    const decision = decideRag('schedule', { spi, overdueMilestones, datedMilestones, uncontrolledSlips: null });
    expect([decision.rag, decision.reason]).toEqual([rag, reason]);
  });

  it('is grey without SPI, without dated milestones and without an approved baseline', () => {
    expect(decideRag('schedule', { spi: null, overdueMilestones: 0, datedMilestones: 0, uncontrolledSlips: null }).rag).toBe('grey');
  });
});

describe('decideRag: schedule on slips past the approved baseline with no approved change (amber 1+, red 3+)', () => {
  it.each<[string, number | null, number | null, string, string]>([
    ['makes no finding without an approved baseline', null, null, 'grey', 'No schedule data'],
    ['is green with a baseline and no uncontrolled slip', null, 0, 'green', 'No slip past the approved baseline lacks an approved change'],
    ['is amber with exactly one uncontrolled slip', null, 1, 'amber', '1 slip past the approved baseline has no approved change (amber at 1 or more)'],
    ['is amber with two uncontrolled slips', null, 2, 'amber', '2 slips past the approved baseline have no approved change (amber at 1 or more)'],
    ['is red with exactly three uncontrolled slips', null, 3, 'red', '3 slips past the approved baseline have no approved change (red at 3 or more)'],
    ['takes the worse of SPI and slips', 0.95, 2, 'amber', '2 slips past the approved baseline have no approved change (amber at 1 or more)'],
    [
      'names both findings when they agree',
      0.85,
      1,
      'amber',
      'SPI 0.85 is below the amber threshold 0.9; 1 slip past the approved baseline has no approved change (amber at 1 or more)',
    ],
  ])('%s', (_behaviour, spi, uncontrolledSlips, rag, reason) => {
    const decision = decideRag('schedule', { spi, overdueMilestones: 0, datedMilestones: 0, uncontrolledSlips });
    expect(decision.rag).toBe(rag);
    expect(decision.reason.startsWith(reason)).toBe(true);
  });

  it('rates slips by the policy it is given and records the count and the thresholds', () => {
    const policy: RagPolicy = { ...defaultRagPolicy, schedule: { ...defaultRagPolicy.schedule, uncontrolledSlips: { amberAtLeast: 2, redAtLeast: 4 } } };
    const decision = decideRag('schedule', { spi: null, overdueMilestones: 0, datedMilestones: 0, uncontrolledSlips: 1 }, policy);
    expect(decision.rag).toBe('green');
    expect(decision.reason).toBe('1 slip past the approved baseline has no approved change, below the amber threshold of 2');
    expect(decision.inputs).toEqual({ spi: null, overdueMilestones: 0, datedMilestones: 0, uncontrolledSlips: 1 });
    expect(decision.threshold).toBe(
      'amber when SPI is below 0.9, 1+ milestones are overdue or 2+ slips past the approved baseline have no approved change; ' +
        'red when SPI is below 0.8, 2+ milestones are overdue or 4+ slips past the approved baseline have no approved change',
    );
  });
});

describe('decideRag: scope on points behind plan (amber above 10, red above 25)', () => {
  it.each([
    ['is green when ahead of plan', 0.5, 0.6, 'green', 'Progress 60% is on or ahead of the plan 50%'],
    ['is green exactly 10 points behind', 0.5, 0.4, 'green', 'Progress 40% is 10 points behind the plan 50%, within the amber limit of 10 points'],
    ['is amber just over 10 points behind', 0.5, 0.399, 'amber', 'Progress 39.9% is 10.1 points behind the plan 50%, more than the amber limit of 10 points'],
    ['is amber exactly 25 points behind', 0.75, 0.5, 'amber', 'Progress 50% is 25 points behind the plan 75%, more than the amber limit of 10 points'],
    ['is red just over 25 points behind', 0.75, 0.499, 'red', 'Progress 49.9% is 25.1 points behind the plan 75%, more than the red limit of 25 points'],
  ])('%s', (_behaviour, plannedFraction, actualFraction, rag, reason) => {
    const decision = decideRag('scope', { plannedFraction, actualFraction });
    expect([decision.rag, decision.reason]).toEqual([rag, reason]);
  });

  it.each([
    ['is grey without a plan', { plannedFraction: null, actualFraction: 0.5 }],
    ['is grey without work to measure', { plannedFraction: 0.5, actualFraction: null }],
  ])('%s', (_behaviour, inputs) => {
    expect(decideRag('scope', inputs).rag).toBe('grey');
  });
});

describe('decideRag: risk on open risks (amber with any high, red with any critical)', () => {
  const none = { low: 0, medium: 0, high: 0, critical: 0 };

  it.each([
    ['is green with only low and medium open risks', { ...none, low: 3, medium: 2 }, 'green', 'No open risk is high or critical'],
    ['is amber with exactly one open high risk', { ...none, high: 1 }, 'amber', '1 open risk is high or critical (amber at 1 or more)'],
    ['is red with exactly one open critical risk', { ...none, critical: 1 }, 'red', '1 open risk is critical (red at 1 or more)'],
    ['counts critical risks towards amber too when naming them', { ...none, high: 1, critical: 2 }, 'red', '2 open risks are critical (red at 1 or more)'],
  ])('%s', (_behaviour, openRisksBySeverity, rag, reason) => {
    const decision = decideRag('risk', { risksLogged: 10, openRisksBySeverity });
    expect([decision.rag, decision.reason]).toEqual([rag, reason]);
  });

  it('is grey when no risk is logged at all', () => {
    expect(decideRag('risk', { risksLogged: 0, openRisksBySeverity: none }).rag).toBe('grey');
  });

  it('is green when every logged risk is closed', () => {
    expect(decideRag('risk', { risksLogged: 4, openRisksBySeverity: none }).rag).toBe('green');
  });

  it('follows a policy that tolerates one high risk and reds at three', () => {
    const policy: RagPolicy = {
      ...defaultRagPolicy,
      risk: { amber: { severityAtLeast: 'high', openRisksAtLeast: 2 }, red: { severityAtLeast: 'high', openRisksAtLeast: 3 } },
    };
    const at = (high: number): string => decideRag('risk', { risksLogged: 5, openRisksBySeverity: { ...none, high } }, policy).rag;
    expect([at(1), at(2), at(3)]).toEqual(['green', 'amber', 'red']);
  });
});

describe('decideRag: compliance on score (amber below 0.9, red below 0.75)', () => {
  it.each([
    ['is green exactly at 0.9', 0.9, 'green', 'Compliance 90% is at or above 90%'],
    ['is amber just below 0.9', 0.89, 'amber', 'Compliance 89% is below the amber threshold 90%'],
    ['is amber exactly at 0.75', 0.75, 'amber', 'Compliance 75% is below the amber threshold 90%'],
    ['is red just below 0.75', 0.74, 'red', 'Compliance 74% is below the red threshold 75%'],
  ])('%s', (_behaviour, score, rag, reason) => {
    const decision = decideRag('compliance', { score });
    expect([decision.rag, decision.reason]).toEqual([rag, reason]);
  });

  it('is grey and says "not evaluated" before a template is evaluated', () => {
    const decision = decideRag('compliance', { score: null });
    expect(decision.rag).toBe('grey');
    expect(decision.reason).toMatch(/not evaluated/);
  });
});

describe('decideRag with a configured policy', () => {
  it("applies the policy's thresholds and quotes them", () => {
    const policy: RagPolicy = { ...defaultRagPolicy, cost: { cpi: { amberBelow: 1, redBelow: 0.9 } } };
    const decision = decideRag('cost', { cpi: 0.95, bac: 10 }, policy);
    expect(decision).toMatchObject({ rag: 'amber', reason: 'CPI 0.95 is below the amber threshold 1', threshold: 'amber below CPI 1, red below 0.9' });
  });
});
