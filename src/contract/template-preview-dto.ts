import type { ComplianceReport } from '../domain/compliance/compliance-report';

/** A draft template evaluated against a project's stored items, before it is saved. */
export interface TemplatePreviewDto {
  readonly projectKey: string;
  readonly itemCount: number;
  readonly report: ComplianceReport;
}
