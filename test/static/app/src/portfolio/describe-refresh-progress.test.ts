import { describeRefreshProgress } from '../../../../../static/app/src/portfolio/describe-refresh-progress';
import { aPortfolio, aPortfolioProject, aRefreshStatus, aRollup } from './a-portfolio';

const refreshed = [aPortfolioProject(aRollup('CORE', 'Core')), aPortfolioProject(aRollup('WEB', 'Web')), aPortfolioProject(aRollup('OPS', 'Core'))];
const waiting = [{ key: 'MOB', name: 'Mobile' }];
const requestedAt = '2026-03-10T12:00:00Z';

describe('describeRefreshProgress', () => {
  it.each([
    ['counts the projects still waiting for a first roll-up', refreshed, waiting, 2, '2 of 4 projects refreshed', 2],
    ['counts the projects refreshed so far', refreshed, [], 1, '2 of 3 projects refreshed', 2],
    ['starts from none refreshed on an empty portfolio', [], waiting, 1, '0 of 1 project refreshed', 0],
  ])('%s', (_what, projects, notRefreshed, pendingProjects, text, done) => {
    const progress = describeRefreshProgress(aPortfolio(projects, aRefreshStatus({ requestedAt, pendingProjects }), notRefreshed));
    expect(progress?.text).toBe(text);
    expect(progress?.refreshed).toBe(done);
  });

  it.each([
    ['no refresh was ever asked for', null],
    ['every project is refreshed since the request', requestedAt],
  ])('shows no progress when %s', (_what, at) => {
    expect(describeRefreshProgress(aPortfolio(refreshed, aRefreshStatus({ requestedAt: at, pendingProjects: 0 })))).toBeNull();
  });
});
