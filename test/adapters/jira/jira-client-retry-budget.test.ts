/**
 * The Jira client's retries under a wait budget and a deadline, over a requester that answers canned Jira responses
 * and a sleep that records what it was asked to wait instead of waiting.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { createJiraClient, type JiraRequester } from '../../../src/adapters/jira/jira-client';
import { JiraError } from '../../../src/adapters/jira/jira-error';
import type { JiraRetryPolicy } from '../../../src/adapters/jira/jira-retry-policy';
import { jiraRetryPolicies } from '../../../src/adapters/jira/jira-retry-policies';

const mySchema = z.object({ accountId: z.string() });
const ok = (): Response => new Response(JSON.stringify({ accountId: 'ada' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
const throttled = (retryAfter: string | null): Response =>
  new Response(JSON.stringify({ errorMessages: ['Rate limit exceeded.'] }), { status: 429, headers: retryAfter === null ? {} : { 'Retry-After': retryAfter } });

/** A requester answering `answers` in turn (the last one again once they run out). */
function cannedJira(answers: readonly (() => Response)[]): JiraRequester & { readonly calls: () => number } {
  let calls = 0;
  return {
    requestJira: () => {
      const answer = answers[Math.min(calls, answers.length - 1)];
      calls += 1;
      if (answer === undefined) throw new Error('no canned answer');
      return Promise.resolve(answer());
    },
    calls: () => calls,
  };
}

/** The resolver policy on an injected clock: each sleep is recorded and moves the invocation's time on. */
function resolverPolicyOnClock(startLeftMs: number): { policy: JiraRetryPolicy; sleeps: number[] } {
  const sleeps: number[] = [];
  let leftMs = startLeftMs;
  const policy: JiraRetryPolicy = {
    ...jiraRetryPolicies.resolvers,
    timeLeftMs: () => leftMs,
    sleep: (ms) => {
      sleeps.push(ms);
      leftMs -= ms;
      return Promise.resolve();
    },
  };
  return { policy, sleeps };
}

const myself = (requester: JiraRequester, policy: JiraRetryPolicy) =>
  createJiraClient(requester, policy).send('GET /rest/api/3/myself', mySchema, (jira) => jira.requestJira(route`/rest/api/3/myself`));

describe('the Jira client under the resolver policy', () => {
  it('still retries short Retry-After values and answers', async () => {
    const jira = cannedJira([() => throttled('1'), () => throttled('2'), ok]);
    const { policy, sleeps } = resolverPolicyOnClock(25_000);
    await expect(myself(jira, policy)).resolves.toEqual({ accountId: 'ada' });
    expect(sleeps).toEqual([1_000, 2_000]);
    expect(jira.calls()).toBe(3);
  });

  it('fails at once, without sleeping, with a rate-limited error carrying Retry-After, when the wait is beyond the budget', async () => {
    const jira = cannedJira([() => throttled('40')]);
    const { policy, sleeps } = resolverPolicyOnClock(25_000);
    const error: unknown = await myself(jira, policy).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(JiraError);
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 40 });
    expect(sleeps).toEqual([]);
    expect(jira.calls()).toBe(1);
  });

  it('stops once the waits would pass the 8 s budget, having slept no more than it', async () => {
    const jira = cannedJira([() => throttled('3')]);
    const { policy, sleeps } = resolverPolicyOnClock(25_000);
    await expect(myself(jira, policy)).rejects.toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 3 });
    expect(sleeps).toEqual([3_000, 3_000]);
    expect(jira.calls()).toBe(3);
  });

  it('shares the budget across the calls of one client', async () => {
    const jira = cannedJira([() => throttled('5'), ok, () => throttled('5')]);
    const { policy, sleeps } = resolverPolicyOnClock(25_000);
    const client = createJiraClient(jira, policy);
    const send = () => client.send('GET /rest/api/3/myself', mySchema, (j) => j.requestJira(route`/rest/api/3/myself`));
    await expect(send()).resolves.toEqual({ accountId: 'ada' });
    await expect(send()).rejects.toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 5 });
    expect(sleeps).toEqual([5_000]);
  });

  it('does not start a wait that would end inside the reserve kept before the deadline', async () => {
    const jira = cannedJira([() => throttled('2')]);
    const { policy, sleeps } = resolverPolicyOnClock(9_000);
    await expect(myself(jira, policy)).rejects.toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 2 });
    expect(sleeps).toEqual([]);
  });

  it('answers a network failure at once when even the back-off does not fit', async () => {
    const jira: JiraRequester = { requestJira: () => Promise.reject(new Error('socket hang up')) };
    const { policy, sleeps } = resolverPolicyOnClock(8_100);
    await expect(myself(jira, policy)).rejects.toMatchObject({ kind: 'network' });
    expect(sleeps).toEqual([]);
  });

  it('gives a 429 without Retry-After no time to try again', async () => {
    const jira = cannedJira([() => throttled(null)]);
    const { policy } = resolverPolicyOnClock(25_000);
    await expect(myself(jira, policy)).rejects.toMatchObject({ kind: 'rate-limited', retryAfterSeconds: null });
  });
});
