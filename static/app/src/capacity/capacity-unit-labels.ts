import type { CapacityUnit } from '../../../../src/domain/capacity';

/** Each capacity unit in the words the heat map shows. */
export const capacityUnitLabels: Readonly<Record<CapacityUnit, string>> = { 'story-points': 'story points', 'person-days': 'person-days' };
