import { adminWriteCalls, cloneId, placeholderBaselineId, type AdminWriteCall, type ResolverCall } from './resolver-calls';

/** A call's answer in the resolver envelope's shape, loosely typed: the audit inspects only ok and error. */
export interface LooseEnvelope {
  readonly ok: boolean;
  readonly data?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * Runs every admin-only write once, in order, through `invoke`: save, clone, assign, then (after exporting the clone)
 * delete it and import it back; take a baseline and delete it by the id the take answered. Answers each write with
 * its envelope.
 */
export async function runAdminWrites(invoke: (call: ResolverCall) => Promise<LooseEnvelope>): Promise<{ call: AdminWriteCall; answer: LooseEnvelope }[]> {
  const calls = adminWriteCalls('');
  const results: { call: AdminWriteCall; answer: LooseEnvelope }[] = [];
  let exported = '';
  let baselineId = placeholderBaselineId;
  for (const call of calls) {
    if (call.functionKey === 'deleteTemplate') {
      const answer = await invoke({ ...call, functionKey: 'exportTemplates', payload: { ids: [cloneId] } });
      const data = answer.data;
      exported = typeof data === 'object' && data !== null && 'json' in data && typeof data.json === 'string' ? data.json : '';
    }
    const payload = call.functionKey === 'importTemplates' ? { json: exported } : call.functionKey === 'deleteBaseline' ? { id: baselineId } : call.payload;
    const answer = await invoke({ ...call, payload });
    if (
      call.functionKey === 'takeBaseline' &&
      typeof answer.data === 'object' &&
      answer.data !== null &&
      'id' in answer.data &&
      typeof answer.data.id === 'string'
    )
      baselineId = answer.data.id;
    results.push({ call, answer });
  }
  return results;
}
