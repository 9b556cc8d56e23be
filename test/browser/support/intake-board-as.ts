import type { LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { Envelope } from '../../../src/contract/envelope';
import type { IntakeBoardDto } from '../../../src/contract/intake-board-dto';
import { moduleKeys } from '../../../static/app/src/routing/module-keys';

/** The intake board as a user sees it on the portfolio page (its first page), asked of the app directly; throws on a refusal. */
export async function intakeBoardAs(app: LocalApp, accountId: string): Promise<IntakeBoardDto> {
  // The resolver answers with an envelope; the local runtime hands it back untyped.
  const answer = (await app.invokeResolver({
    functionKey: 'getIntakeBoard',
    payload: {},
    accountId,
    moduleKey: moduleKeys.portfolio,
    extension: { type: 'jira:globalPage' },
  })) as Envelope<IntakeBoardDto>;
  if (!answer.ok) throw new Error(`getIntakeBoard: ${answer.error.message}`);
  return answer.data;
}
