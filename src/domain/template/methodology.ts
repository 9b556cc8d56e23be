/** The delivery method a template is written for; `custom` for anything else. */
export const methodologies = ['prince2', 'pmbok', 'scrum', 'kanban', 'custom'] as const;

export type Methodology = (typeof methodologies)[number];
