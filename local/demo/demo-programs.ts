/** A program: a Jira project category grouping the portfolio's projects. */
export interface DemoProgram {
  id: string;
  name: string;
  description: string;
}

/** The three programs of the demo portfolio; their order matches the Program select options. */
export const demoPrograms: readonly [DemoProgram, DemoProgram, DemoProgram] = [
  { id: '10000', name: 'Digital Channels', description: 'Customer-facing apps, web and onboarding.' },
  { id: '10001', name: 'Core Platforms', description: 'Core banking, data and the platforms they run on.' },
  { id: '10002', name: 'Regulatory & Risk', description: 'Regulatory change and confidential corporate programmes.' },
];
