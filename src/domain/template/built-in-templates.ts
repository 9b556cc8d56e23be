import { defaultTemplate } from './default-template';
import { kanbanTemplate } from './kanban-template';
import { pmbokTemplate } from './pmbok-template';
import { prince2Template } from './prince2-template';
import { scrumTemplate } from './scrum-template';
import type { Template } from './template';

/** The templates the app ships with; read-only (an admin clones one to change it). The default comes first. */
export const builtInTemplates: readonly Template[] = [defaultTemplate, prince2Template, pmbokTemplate, scrumTemplate, kanbanTemplate];
