import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ErrorCode } from '../../../../src/contract/error-code';
import { mayPassOnRetry } from '../resolver/may-pass-on-retry';

export interface ErrorStateProps {
  readonly title: string;
  /** The app's message, in plain words (for RATE_LIMITED it says when to try again). */
  readonly message: string;
  /** The resolver's error code, when it answered one. */
  readonly code?: ErrorCode | undefined;
  /** Loads again; offered as "Try again" when asking again may succeed (Jira busy or not answering). */
  readonly onRetry?: (() => void) | undefined;
  readonly headingLevel?: 'h2' | 'h3';
}

/**
 * A failed load, with the app's message and what the reader can do about it. Jira being busy (RATE_LIMITED) is shown
 * as a warning rather than an error: nothing is wrong, the answer only has to wait.
 */
export function ErrorState({ title, message, code, onRetry, headingLevel = 'h2' }: ErrorStateProps) {
  const retry = onRetry !== undefined && mayPassOnRetry(code) ? <SectionMessageAction onClick={onRetry}>Try again</SectionMessageAction> : undefined;
  return (
    <SectionMessage
      appearance={code === 'RATE_LIMITED' ? 'warning' : 'error'}
      title={title}
      headingLevel={headingLevel}
      {...(retry === undefined ? {} : { actions: retry })}
    >
      <p>{message}</p>
    </SectionMessage>
  );
}
