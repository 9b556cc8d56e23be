import type { ChangeControlDto } from '../../../src/contract/change-control-dto';
import type { Envelope } from '../../../src/contract/envelope';

/** getChangeControl's answer for a project with no baseline and no change requests, for suites that stub the project page's other answers. */
export function emptyChangeControl(projectKey: string): Envelope<ChangeControlDto> {
  return {
    ok: true,
    data: {
      project: { key: projectKey, name: projectKey },
      asOf: '2026-11-20T12:00:00.000Z',
      canDecide: false,
      baseline: null,
      original: null,
      ledger: [],
      changes: [],
      pending: [],
      uncontrolled: null,
      people: {},
      decisions: [],
      jiraRequests: 0,
    },
  };
}
