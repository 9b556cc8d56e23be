import type { DemoProjectSpec } from './demo-project-spec';
import { demoTeamMembers } from './demo-team-members';
import { demoHiddenProjectKey, demoUsers } from './demo-users';

const member = (index: number): string => {
  const user = demoTeamMembers[index];
  if (!user) throw new Error(`no demo team member ${index}`);
  return user.accountId;
};
const priya = member(0);
const tomas = member(1);
const hannah = member(2);
const kwame = member(3);
const yuki = member(4);
const liam = member(5);

/** The eight projects of Aldermoor Bank's transformation portfolio, always present whatever the scale. */
export const demoNamedProjects: readonly DemoProjectSpec[] = [
  {
    key: 'MOB', name: 'Mobile Banking App', description: 'The retail mobile app for iOS and Android.',
    program: 0, style: 'scrum', leadId: priya, memberIds: [priya, tomas], confidential: false,
    startedDaysAgo: 178, endsInDays: 120, defaultIssueCount: 64,
    topics: ['biometric login', 'card freeze controls', 'push notifications', 'savings pots', 'statement download', 'payee management', 'spending insights', 'app accessibility', 'offline mode', 'dark theme'],
    epicNames: ['Secure sign-in', 'Card controls', 'Money management', 'Payments refresh', 'Accessibility compliance'],
  },
  {
    key: 'WEB', name: 'Customer Web Portal', description: 'Online banking for personal and business customers.',
    program: 0, style: 'scrum', leadId: tomas, memberIds: [tomas, yuki], confidential: false,
    startedDaysAgo: 165, endsInDays: 95, defaultIssueCount: 56,
    topics: ['account overview', 'bulk payments', 'document vault', 'secure messaging', 'session timeout', 'cookie consent', 'business user roles', 'export to CSV', 'search'],
    epicNames: ['Portal redesign', 'Business banking', 'Secure messaging', 'Performance and SEO'],
  },
  {
    key: 'ONB', name: 'Digital Onboarding', description: 'Open an account online in under ten minutes.',
    program: 0, style: 'scrum', leadId: yuki, memberIds: [yuki, priya], confidential: false,
    startedDaysAgo: 150, endsInDays: 140, defaultIssueCount: 48,
    topics: ['identity verification', 'address lookup', 'KYC checks', 'document upload', 'selfie liveness', 'credit check', 'welcome journey', 'drop-off analytics'],
    epicNames: ['Identity and KYC', 'Application journey', 'Decisioning', 'Welcome and activation'],
  },
  {
    key: 'CORE', name: 'Core Banking Migration', description: 'Move deposits and lending to the new core banking platform.',
    program: 1, style: 'classic', leadId: demoUsers.pm.accountId, memberIds: [hannah, kwame], confidential: false,
    startedDaysAgo: 180, endsInDays: 150, defaultIssueCount: 72,
    topics: ['customer master data', 'deposit ledger', 'loan accounts', 'interest calculation', 'general ledger feed', 'batch scheduling', 'reconciliation', 'cut-over runbook', 'data migration rehearsal', 'parallel run'],
    epicNames: ['Data migration', 'Product configuration', 'Integration layer', 'Testing and rehearsals', 'Cut-over'],
  },
  {
    key: 'DATA', name: 'Data Platform Modernisation', description: 'A cloud data platform for reporting and analytics.',
    program: 1, style: 'scrum', leadId: hannah, memberIds: [hannah, priya, liam], confidential: false,
    startedDaysAgo: 170, endsInDays: 110, defaultIssueCount: 52,
    topics: ['ingestion pipelines', 'customer 360 model', 'data catalogue', 'lineage tracking', 'access policies', 'cost monitoring', 'streaming events', 'data quality rules'],
    epicNames: ['Landing zone', 'Ingestion', 'Curated models', 'Governance and lineage'],
  },
  {
    key: 'OPS', name: 'Platform Operations', description: 'Run and improve the shared hosting platform (Kanban).',
    program: 1, style: 'kanban', leadId: kwame, memberIds: [kwame, yuki], confidential: false,
    startedDaysAgo: 175, endsInDays: 180, defaultIssueCount: 36,
    topics: ['certificate renewal', 'log retention', 'patching', 'backup restore test', 'alert tuning', 'capacity review', 'access review', 'DNS changes'],
    epicNames: [],
  },
  {
    key: 'REG', name: 'Basel IV Reporting', description: 'Regulatory capital reporting under the revised Basel framework.',
    program: 2, style: 'classic', leadId: liam, memberIds: [liam, kwame], confidential: false,
    startedDaysAgo: 160, endsInDays: 75, defaultIssueCount: 58,
    topics: ['credit risk weights', 'output floor', 'operational risk capital', 'COREP templates', 'data lineage evidence', 'regulator submission', 'model validation', 'audit trail'],
    epicNames: ['Capital calculation', 'Reporting templates', 'Data and controls', 'Submission'],
  },
  {
    key: demoHiddenProjectKey, name: 'Project Harbour', description: 'Confidential: integration of an acquired bank. Need-to-know access only.',
    program: 2, style: 'classic', leadId: demoUsers.pm.accountId, memberIds: [hannah, liam], confidential: true,
    startedDaysAgo: 120, endsInDays: 200, defaultIssueCount: 40,
    topics: ['due diligence findings', 'customer migration', 'brand transition', 'system decommissioning', 'staff onboarding', 'regulatory notification', 'synergy tracking'],
    epicNames: ['Day one readiness', 'Customer migration', 'Decommissioning'],
  },
];
