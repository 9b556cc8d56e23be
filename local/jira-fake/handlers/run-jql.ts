import type { SiteIssue } from '../../site/site-file-schema';
import type { FakeReply } from '../fake-reply';
import { jiraError } from '../jira-error';
import { compileJql } from '../jql/compile-jql';
import { JqlError } from '../jql/jql-error';
import { cachedJqlResult } from '../jql-result-cache';
import type { HandlerContext } from './handler-context';

/**
 * The issues a query finds for the viewer, in the query's order; hidden projects' issues are never among them. A
 * query Jira would refuse becomes its 400 `{ errorMessages }` answer.
 */
export function runJql(jql: string, ctx: HandlerContext): { readonly issues: readonly SiteIssue[] } | { readonly reply: FakeReply } {
  try {
    const { matches, compare } = compileJql(jql, { now: ctx.now, viewer: ctx.viewer, index: ctx.index });
    const key = `${ctx.viewer.accountId ?? '(app)'}|${String(ctx.now.getTime())}|${jql}`;
    return { issues: cachedJqlResult(ctx.index, key, () => ctx.index.site.issues.filter((i) => ctx.viewer.canSeeIssue(i) && matches(i)).sort(compare)) };
  } catch (error) {
    if (error instanceof JqlError) return { reply: jiraError(400, error.messages) };
    throw error;
  }
}
