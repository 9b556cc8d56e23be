import type { Page } from 'playwright-core';

/** Console errors and warnings, uncaught exceptions and failed requests from a page and every frame in it. */
export interface PageProblems {
  readonly lines: string[];
}

/** Starts recording the page's problems; the list grows as they happen. */
export function watchPageProblems(page: Page): PageProblems {
  const lines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') lines.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => lines.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => lines.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) lines.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { lines };
}
