/**
 * The people who sign in to the demo site. Account ids follow Atlassian's current format
 * ("712020:" and a UUID), so code that parses or displays them meets the real thing.
 */
export interface DemoUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
}

/** The four roles the product is demonstrated and tested with. */
export const demoUsers: { admin: DemoUser; pm: DemoUser; executive: DemoUser; restricted: DemoUser } = {
  /** PMO administrator: group jira-administrators, browses every project. */
  admin: { accountId: '712020:0d8f6c9e-4b1a-4c52-9e3f-7a61b2c4d801', displayName: 'Morgan Ellis', emailAddress: 'morgan.ellis@aldermoor-bank.com' },
  /** Programme manager who leads the core and confidential projects and browses every project. */
  pm: { accountId: '712020:3b7e2f41-92c6-4d0b-8a15-c4e9f6a0b312', displayName: 'Sofia Marquez', emailAddress: 'sofia.marquez@aldermoor-bank.com' },
  /** Chief Transformation Officer: reads the portfolio, browses every project. */
  executive: { accountId: '712020:8c1d5a97-6e24-4f8b-b3d0-19f7e2a4c623', displayName: 'Richard Hale', emailAddress: 'richard.hale@aldermoor-bank.com' },
  /** External contractor who may browse every project except the confidential one. */
  restricted: { accountId: '712020:5e9a0c13-d7f2-4a6e-9b84-2f3c81d6e934', displayName: 'Alex Novak', emailAddress: 'alex.novak@partner-consulting.com' },
};

/** The confidential project (an acquisition) that the restricted user cannot browse. */
export const demoHiddenProjectKey = 'HRB';
