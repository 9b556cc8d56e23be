import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import type { StatusReport } from '../../../src/domain/report/status-report';
import { dueDateChangesOf, loadSmallSite, projectInputs, smallSiteNow } from './small-site-report-input';

/** The small site's report as the restricted user sees it, with a hostile summary on ALPHA-9 (a top risk). */
export function hostileReport(): StatusReport {
  const site = loadSmallSite();
  const alpha9 = site.issues.find((issue) => issue.key === 'ALPHA-9');
  if (alpha9 !== undefined) alpha9.fields.summary = '<img src=x onerror=alert(1)> | *bold* & "quoted"';
  return buildStatusReport(
    {
      scopeLabel: 'Programs Digital',
      period: { kind: 'last-days', days: 30 },
      projects: projectInputs(site, ['ALPHA', 'BETA']),
      dueDateChanges: dueDateChangesOf(site),
      hidden: [{ itemCount: 5 }],
    },
    smallSiteNow,
  );
}
