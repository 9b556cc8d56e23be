import type { BaselineListDto } from '../../contract/baseline-dto';
import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import { toBaselineDto } from './to-baseline-dto';

/** Every baseline, newest first, for anyone: names and dates, with only the projects the caller may browse counted. */
export async function listBaselinesUseCase(deps: TemplateAdminDeps): Promise<BaselineListDto> {
  const [summaries, browsable] = await Promise.all([deps.baselines.list(), deps.browsableProjects()]);
  const keys = new Set(browsable.map((project) => project.key));
  return { baselines: summaries.map((summary) => toBaselineDto(summary, keys)) };
}
