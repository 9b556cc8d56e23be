export type DemoResolutionName = 'Done' | "Won't Do" | 'Duplicate';

/** Jira Cloud's default resolutions. */
export const demoResolutions: Readonly<Record<DemoResolutionName, { id: string; description: string }>> = {
  Done: { id: '10000', description: 'Work has been completed on this issue.' },
  "Won't Do": { id: '10001', description: "This issue won't be actioned." },
  Duplicate: { id: '10002', description: 'The problem is a duplicate of an existing issue.' },
};
