import type { OverallRagDecision } from './overall-rag-decision';
import type { OverallRagMode } from './overall-rag-mode';
import type { Rag } from './rag';
import type { RagDecision } from './rag-decision';
import { ragDimensions, type RagDimension } from './rag-dimension';
import { worstRag } from './worst-rag';

function listed(dimensions: readonly RagDimension[]): string {
  return dimensions.length <= 1 ? dimensions.join('') : `${dimensions.slice(0, -1).join(', ')} and ${dimensions.slice(-1).join('')}`;
}

function verb(dimensions: readonly RagDimension[]): string {
  return dimensions.length === 1 ? 'is' : 'are';
}

/**
 * The overall colour from the dimensions' colours, by the policy's mode (default: the worst colour among the
 * dimensions that have data), with a reason naming the dimensions that decided it.
 *
 * @example
 * overallRag({ schedule: amber, scope: green, cost: red, risk: green, compliance: grey });
 * // { rag: 'red', reason: 'Cost is red (compliance has no data)' }
 */
export function overallRag(
  decisions: Readonly<Record<RagDimension, Pick<RagDecision, 'rag'>>>,
  mode: OverallRagMode = 'worst-of-non-grey',
): OverallRagDecision {
  const rag = worstRag(
    ragDimensions.map((dimension) => decisions[dimension].rag),
    mode,
  );
  const having = (colour: Rag): RagDimension[] => ragDimensions.filter((dimension) => decisions[dimension].rag === colour);
  const grey = having('grey');
  if (grey.length === ragDimensions.length) {
    return { rag, reason: 'No dimension has data yet' };
  }
  const greyNote = grey.length === 0 ? '' : ` (${listed(grey)} ${grey.length === 1 ? 'has' : 'have'} no data)`;
  if (rag === 'grey') {
    return { rag, reason: `Every dimension with data is green, but ${listed(grey)} ${grey.length === 1 ? 'has' : 'have'} no data` };
  }
  if (rag === 'green') {
    return { rag, reason: `Every dimension with data is green${greyNote}` };
  }
  const deciding = having(rag);
  const reason = `${listed(deciding)} ${verb(deciding)} ${rag}${greyNote}`;
  return { rag, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
