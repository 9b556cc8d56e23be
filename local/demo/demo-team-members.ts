import type { DemoUser } from './demo-users';

/**
 * Delivery team members: assignees of most work items. Each browses only the projects it works on
 * (see the project specs), which is how Jira sites usually grant access.
 */
export const demoTeamMembers: readonly DemoUser[] = [
  { accountId: '712020:a41f7c2e-0b9d-4e63-8f15-6d2a9c4b7e01', displayName: 'Priya Raman', emailAddress: 'priya.raman@aldermoor-bank.com' },
  { accountId: '712020:b52e8d3f-1cae-4f74-9026-7e3b0d5c8f12', displayName: 'Tomás Oliveira', emailAddress: 'tomas.oliveira@aldermoor-bank.com' },
  { accountId: '712020:c63f9e40-2dbf-4085-a137-8f4c1e6d9023', displayName: 'Hannah Schultz', emailAddress: 'hannah.schultz@aldermoor-bank.com' },
  { accountId: '712020:d7409f51-3ec0-4196-b248-905d2f7eab34', displayName: 'Kwame Mensah', emailAddress: 'kwame.mensah@aldermoor-bank.com' },
  { accountId: '712020:e851a062-4fd1-42a7-8359-a16e3081bc45', displayName: 'Yuki Tanaka', emailAddress: 'yuki.tanaka@aldermoor-bank.com' },
  { accountId: '712020:f962b173-50e2-43b8-946a-b27f4192cd56', displayName: "Liam O'Connor", emailAddress: 'liam.oconnor@aldermoor-bank.com' },
];
