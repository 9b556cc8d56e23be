import type { BaselineDto } from '../../contract/baseline-dto';
import type { BaselineSummary } from '../../domain/baseline/baseline';

/** A baseline as the reader may see it: its projects only counted, and only those they may browse. */
export function toBaselineDto(summary: BaselineSummary, browsableKeys: ReadonlySet<string>): BaselineDto {
  const { projectKeys, ...rest } = summary;
  return { ...rest, visibleProjectCount: projectKeys.filter((key) => browsableKeys.has(key)).length };
}
