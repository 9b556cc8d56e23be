import type { LinkProposalDeliveryPayload } from '../../../../src/contract/link-proposal-delivery-payload';

/** A link the delivery form may send, or the field to fix and what to say. */
export type DeliveryDraftCheck =
  | { readonly ok: true; readonly payload: LinkProposalDeliveryPayload }
  | { readonly ok: false; readonly field: 'kind' | 'project' | 'epic'; readonly message: string };

const issueKeyPattern = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

/**
 * Checks a delivery link before it is sent: a kind is chosen, then a project from the list or an epic key written as
 * Jira writes keys (letters are taken in upper case). Whether the epic exists is the server's answer.
 *
 * @example
 * checkDeliveryDraft('INT-1', 'epic', '', ' web-3 ', 0); // { ok: true, payload: { proposalKey: 'INT-1', target: { kind: 'epic', issueKey: 'WEB-3' }, expectedVersion: 0 } }
 */
export function checkDeliveryDraft(
  proposalKey: string,
  kind: 'project' | 'epic' | null,
  projectKey: string,
  epicKey: string,
  expectedVersion: number,
): DeliveryDraftCheck {
  if (kind === null) return { ok: false, field: 'kind', message: 'Choose whether a project or an epic delivers it.' };
  if (kind === 'project') {
    if (projectKey === '') return { ok: false, field: 'project', message: `Choose the project that delivers ${proposalKey}.` };
    return { ok: true, payload: { proposalKey, target: { kind: 'project', projectKey }, expectedVersion } };
  }
  const issueKey = epicKey.trim().toUpperCase();
  if (!issueKeyPattern.test(issueKey)) return { ok: false, field: 'epic', message: 'Write the epic’s key as Jira shows it, such as WEB-3.' };
  return { ok: true, payload: { proposalKey, target: { kind: 'epic', issueKey }, expectedVersion } };
}
