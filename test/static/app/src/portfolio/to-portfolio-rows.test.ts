import { toPortfolioRows } from '../../../../../static/app/src/portfolio/to-portfolio-rows';
import { aPortfolio, aPortfolioProject, aRollup } from './a-portfolio';

const ada = { accountId: 'acc-ada', displayName: 'Ada Lovelace' };

describe('toPortfolioRows', () => {
  const portfolio = aPortfolio([
    aPortfolioProject(aRollup('CORE', 'Core Platforms', { done: 1, risk: 'critical', due: '2026-03-01' }), ada),
    aPortfolioProject(aRollup('WEB', 'Digital Channels', { done: 4, due: '2026-04-01' })),
    aPortfolioProject(aRollup('DATA', 'Core Platforms', { done: 2 })),
  ]);
  const rows = toPortfolioRows(portfolio);

  it('lists every project once, program by program', () => {
    expect(rows.map((row) => `${row.program}/${row.key}`)).toEqual(['Core Platforms/CORE', 'Core Platforms/DATA', 'Digital Channels/WEB']);
  });

  it.each([
    ['CORE', 0.2, 1, 1, null],
    ['DATA', 0.5, 0, 0, null],
    ['WEB', 0.8, 0, 0, '2026-04-01'],
  ] as const)('carries %s progress %s, %s open critical risk(s), %s overdue milestone(s) and next due %s', (key, progress, critical, overdue, due) => {
    const row = rows.find((r) => r.key === key);
    expect(row?.progress).toBe(progress);
    expect(row?.openCriticalRisks).toBe(critical);
    expect(row?.overdueMilestones).toBe(overdue);
    expect(row?.nextMilestone?.due ?? null).toBe(due);
  });

  it('takes each colour with the reason the domain gave for it', () => {
    const core = portfolio.programs[0]?.projects[0]?.rollup;
    const row = rows[0];
    expect(row?.rag.risk).toEqual({ rag: core?.rag.risk.rag, reason: core?.rag.risk.reason, setByHand: false });
    expect(row?.rag.risk.rag).toBe('red');
    expect(row?.overall).toEqual({ rag: core?.overall.rag, reason: core?.overall.reason, setByHand: false });
  });

  it('marks a colour a PMO admin set by hand', () => {
    const project = portfolio.programs[0]?.projects[0];
    if (project === undefined) throw new Error('no project');
    const setByHand = { by: 'Ada Admin', until: '2026-12-15' };
    const overridden = {
      ...portfolio,
      programs: [
        {
          ...portfolio.programs[0],
          name: portfolio.programs[0]?.name ?? '',
          aggregate: portfolio.programs[0]?.aggregate ?? portfolio.totals,
          projects: [
            {
              ...project,
              rollup: { ...project.rollup, rag: { ...project.rollup.rag, cost: { ...project.rollup.rag.cost, rag: 'amber' as const, setByHand } } },
            },
          ],
        },
      ],
    };
    expect(toPortfolioRows(overridden)[0]?.rag.cost).toMatchObject({ rag: 'amber', setByHand: true });
  });

  it('names the lead, and leaves both lead fields empty for a project without one', () => {
    expect([rows[0]?.leadId, rows[0]?.leadName]).toEqual(['acc-ada', 'Ada Lovelace']);
    expect([rows[1]?.leadId, rows[1]?.leadName]).toEqual([null, null]);
  });

  it('shows compliance as not evaluated (null) until a template has been checked', () => {
    expect(rows.map((row) => row.complianceScore)).toEqual([null, null, null]);
  });

  it('gives no rows for a portfolio with nothing refreshed', () => {
    expect(toPortfolioRows(aPortfolio([]))).toEqual([]);
  });
});
