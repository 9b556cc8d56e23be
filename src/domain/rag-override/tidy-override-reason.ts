/**
 * An override's reason as it is kept: runs of white space as one space, none at the ends.
 *
 * @example
 * tidyOverrideReason('  Change   request\napproved '); // 'Change request approved'
 */
export function tidyOverrideReason(reason: string): string {
  return reason.trim().replace(/\s+/gu, ' ');
}
