export type DemoPriorityName = 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest';

/** Jira Cloud's default priorities and their ids, highest first. */
export const demoPriorities: Readonly<Record<DemoPriorityName, { id: string; icon: string }>> = {
  Highest: { id: '1', icon: 'highest' },
  High: { id: '2', icon: 'high' },
  Medium: { id: '3', icon: 'medium' },
  Low: { id: '4', icon: 'low' },
  Lowest: { id: '5', icon: 'lowest' },
};
