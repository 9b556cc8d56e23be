// The Forge function handlers named in manifest.yml; each lives in its own module.
export { resolverHandler as resolver } from './resolvers/resolver-handler';
export { reportAdfExport } from './triggers/report-adf-export';
export { issueEvent } from './triggers/issue-event';
export { dailySnapshot } from './triggers/daily-snapshot';
export { refreshJob } from './triggers/refresh-job';
