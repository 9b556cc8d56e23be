/** Public entry point of the domain's template feature. Templates: methodologies, built-in templates, phases and field overrides. The zod schemas (`template-schema`, `template-export-schema`) use the classic API and are imported by path on the server only, so the browser bundle never carries them. */
export { builtInTemplates } from './built-in-templates';
export { defaultTemplate } from './default-template';
export { fieldRoles } from './field-overrides';
export type { FieldOverrideRole, FieldOverrides } from './field-overrides';
export { methodologies } from './methodology';
export type { Methodology } from './methodology';
export type { RaidPolicy } from './raid-policy';
export type { TemplatePhase } from './template-phase';
export type { Template } from './template';
