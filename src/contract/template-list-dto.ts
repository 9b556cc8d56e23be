import type { FieldMapping } from '../ports/field-mapping';
import type { ProjectAssignment } from '../ports/project-assignment';
import type { TemplateDto } from './template-dto';

/** The admin page's overview: every template, the projects the viewer may see with their assignments, and whether the viewer may change anything. */
export interface TemplateListDto {
  readonly templates: readonly TemplateDto[];
  readonly defaultTemplateId: string;
  readonly projects: readonly { readonly key: string; readonly name: string }[];
  readonly assignments: readonly ProjectAssignment[];
  /** True for Jira administrators; everyone else sees the settings read-only. */
  readonly canEdit: boolean;
  /** The custom field ids found by name on the site at the last refresh (null before the first), suggested as defaults. */
  readonly discoveredFields: FieldMapping | null;
}
