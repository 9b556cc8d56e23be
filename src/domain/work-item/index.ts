/** Public entry point of the domain's work-item feature. Work items: Jira issues as the domain reads them. */
export { numericCriterionFields } from './criterion-field';
export type { CriterionField, NumericCriterionField } from './criterion-field';
export { criterionFieldNames } from './criterion-field-names';
export { parseRaidScale } from './parse-raid-scale';
export type { RaidScale } from './raid-scale';
export { statusCategories } from './status-category';
export type { StatusCategory } from './status-category';
export { workItemLinkTypes } from './work-item-link-type';
export type { WorkItemLinkType } from './work-item-link-type';
export type { WorkItemLink } from './work-item-link';
export type { WorkItem } from './work-item';
export type { WorkItemCriteria } from './work-item-criteria';
