import type { ChangeControlFlag } from './change-control-flag';

/** The words each change control filter is offered under. */
export const changeControlFlagLabels: Readonly<Record<ChangeControlFlag, string>> = {
  'pending-changes': 'Has pending changes',
  'uncontrolled-slips': 'Has uncontrolled slips',
};
