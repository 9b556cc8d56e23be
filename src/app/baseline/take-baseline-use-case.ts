import type { BaselineDto, TakeBaselinePayload } from '../../contract/baseline-dto';
import { baselineId } from '../../domain/baseline/baseline-id';
import { dayAfter } from '../../domain/baseline/day-after';
import { takeBaseline } from '../../domain/baseline/take-baseline';
import type { ProjectRollup } from '../../domain/rollup/project-rollup';
import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import { toBaselineDto } from './to-baseline-dto';

async function rollupsToKeep(deps: TemplateAdminDeps, day: string | undefined): Promise<ProjectRollup[]> {
  const current = (await deps.rollups.listRollups()).map((stored) => stored.rollup);
  if (day === undefined) return current;
  const before = dayAfter(day);
  const snapshots = await Promise.all(current.map((rollup) => deps.snapshots.loadLatestSnapshotBefore(rollup.project.key, before)));
  return snapshots.flatMap((snapshot) => (snapshot === null ? [] : [snapshot.rollup]));
}

/**
 * Takes a baseline (admins only): every project's current stored roll-up, or with `day` each project's latest
 * snapshot from that day or before, kept under a name no other baseline has. The change is audited.
 */
export async function takeBaselineUseCase(deps: TemplateAdminDeps, payload: TakeBaselinePayload): Promise<BaselineDto> {
  await requireAdmin(deps);
  const takenAt = deps.now().toISOString();
  let baseline;
  try {
    const [rollups, displayName] = await Promise.all([rollupsToKeep(deps, payload.day), deps.actorName()]);
    baseline = takeBaseline({
      id: baselineId(takenAt, deps.newSuffix()),
      name: payload.name,
      takenAt,
      takenBy: { accountId: deps.actor, displayName: displayName ?? deps.actor },
      fromDay: payload.day ?? null,
      rollups,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new GovernanceError('BAD_REQUEST', error.message);
    throw error;
  }
  if ((await deps.baselines.create(baseline)) === 'name-taken')
    throw new GovernanceError('CONFLICT', `A baseline named “${baseline.name}” already exists; choose another name.`);
  const { rollups, ...summary } = baseline;
  await recordAudit(
    deps,
    'baseline.create',
    baseline.id,
    `Took the baseline “${baseline.name}” of ${String(rollups.length)} ${rollups.length === 1 ? 'project' : 'projects'}`,
    null,
    summary,
  );
  const browsable = await deps.browsableProjects();
  return toBaselineDto(summary, new Set(browsable.map((project) => project.key)));
}
