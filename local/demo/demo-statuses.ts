export type DemoStatusName = 'To Do' | 'In Progress' | 'In Review' | 'Approved' | 'Done';

export interface DemoStatus {
  id: string;
  name: DemoStatusName;
  description: string;
  category: { id: number; key: 'new' | 'indeterminate' | 'done'; name: string; colorName: string };
}

const toDo = { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' } as const;
const inProgress = { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' } as const;
const done = { id: 3, key: 'done', name: 'Done', colorName: 'green' } as const;

/** The workflow statuses of the demo site, with Jira's built-in status categories (ids 2, 4, 3). */
export const demoStatuses: Readonly<Record<DemoStatusName, DemoStatus>> = {
  'To Do': { id: '10000', name: 'To Do', description: 'Work that has not started.', category: toDo },
  'In Progress': { id: '3', name: 'In Progress', description: 'Work that is actively being done.', category: inProgress },
  'In Review': { id: '10001', name: 'In Review', description: 'Work waiting for review or approval.', category: inProgress },
  // The change board's workflow decision: an approved change is being carried out, so not yet done.
  Approved: { id: '10003', name: 'Approved', description: 'Approved by the change board.', category: inProgress },
  Done: { id: '10002', name: 'Done', description: 'Work that is finished.', category: done },
};
