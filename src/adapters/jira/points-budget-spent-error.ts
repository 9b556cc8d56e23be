/**
 * A request the app refused to send because its points budget for the hour is spent (or Jira said the quota is
 * over): not a fault to retry, but a signal to stop and resume at `resumeAtMs`.
 */
export class PointsBudgetSpentError extends Error {
  override readonly name = 'PointsBudgetSpentError';

  constructor(readonly resumeAtMs: number) {
    super(`The Jira points budget is spent until ${new Date(resumeAtMs).toISOString()}.`);
  }
}
