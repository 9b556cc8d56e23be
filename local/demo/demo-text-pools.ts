/** Words the demo writes its summaries, mitigations and descriptions from, so the site reads like real work. */
export const demoTextPools = {
  story: ['Customers can use {t}', 'Improve {t} journey', 'Add {t} to the app', 'Show {t} on the dashboard', 'Let business users manage {t}', 'Redesign {t}'],
  task: ['Set up {t}', 'Configure {t}', 'Document {t}', 'Automate {t}', 'Review {t} with the vendor', 'Load-test {t}', 'Update runbook for {t}'],
  bug: ['{t} fails on retry', '{t} shows stale data', 'Timeout in {t}', '{t} breaks with special characters', 'Wrong totals in {t}', '{t} crashes on older devices'],
  subtask: ['Write tests', 'Code review', 'Update documentation', 'Deploy to UAT', 'Fix review comments', 'Accessibility check', 'Security review'],
  milestone: ['Project mandate approved', 'Requirements baselined', 'Solution design signed off', 'Build complete', 'System integration testing complete', 'User acceptance sign-off', 'Go-live', 'Hypercare exit', 'Benefits review'],
  gate: ['Gate 0 - Mandate', 'Gate 1 - Business case', 'Gate 2 - Design', 'Gate 3 - Build', 'Gate 4 - Go-live readiness', 'Gate 5 - Closure'],
  risk: ['Vendor may deliver {t} late', '{t} data quality may be below threshold', 'Key specialist for {t} may leave', 'Test environments for {t} may not be ready', 'Regulator may change requirements for {t}', '{t} may not scale to peak load', 'Budget pressure may cut scope of {t}'],
  assumption: ['Vendor support for {t} continues through go-live', 'Existing licences cover {t}', 'Business SMEs are available for {t}', '{t} needs no change to the data model', 'Current architecture supports {t}'],
  raidIssue: ['Test environment outage blocks {t}', 'Defect backlog on {t} above tolerance', '{t} supplier missed the agreed date', 'Security finding open on {t}', 'Team capacity short for {t}'],
  dependency: ['Needs {t} from the Data Platform team', 'Needs sign-off on {t} from Legal', 'Needs {t} release from the vendor', 'Needs infrastructure for {t} from Platform Operations', 'Needs {t} API from Core Banking'],
  mitigation: ['Weekly checkpoint with the supplier and a contractual penalty clause.', 'Second specialist being trained; knowledge captured in the wiki.', 'Extra environment booked; tests reordered to use the shared one first.', 'Fallback option agreed with the design authority.', 'Early load test planned with production-like volumes.', 'Scope split into must-have and later releases.'],
  label: ['frontend', 'backend', 'api', 'security', 'tech-debt', 'customer-facing', 'performance', 'compliance'],
} as const;

export type DemoTextKind = Exclude<keyof typeof demoTextPools, 'mitigation' | 'label'>;
