import { baselineNameKey } from '../../src/domain/baseline/baseline-name-key';
import { UsageError } from './parse-common-options';

/** The baseline with this id, or this name (case and spacing aside); a usage error naming the ones there are otherwise. */
export function findBaseline<T extends { readonly id: string; readonly name: string }>(baselines: readonly T[], nameOrId: string): T {
  const key = baselineNameKey(nameOrId);
  const found = baselines.find((b) => b.id === nameOrId) ?? baselines.find((b) => baselineNameKey(b.name) === key);
  if (found !== undefined) return found;
  const known = baselines.map((b) => `"${b.name}"`).join(', ');
  throw new UsageError(
    `No baseline named '${nameOrId}'. ${known === '' ? 'There are none yet: take one with pmo baseline --name NAME (use the same --data DIR).' : `Baselines: ${known}.`}`,
  );
}
