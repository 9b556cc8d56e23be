import type { Page } from 'playwright-core';
import { z } from 'zod';
import { describeCspReport } from '../../local/dev-server/describe-csp-report';
import type { DevServer } from '../../local/dev-server/start-dev-server';

/** Console errors and warnings, uncaught exceptions, failed requests and CSP violations from a page and its frames. */
export interface PageProblems {
  readonly lines: string[];
}

/**
 * Chromium's warning for a document sandboxed with both allow-scripts and allow-same-origin. Forge's own policy
 * (`sandbox … allow-same-origin allow-scripts`) draws it on every Custom UI frame, in Jira as here; it says nothing
 * about the app.
 */
const forgeSandboxWarning = 'An iframe which has both allow-scripts and allow-same-origin for its sandbox attribute can escape its sandboxing.';

/** The page function each frame calls with a `securitypolicyviolation` event's details. */
const violationBinding = '__pmoTestCspViolation';

const violationSchema = z.object({
  directive: z.string(),
  blocked: z.string(),
  document: z.string(),
  source: z.string(),
  line: z.number(),
  sample: z.string(),
});

/**
 * Runs in every frame before its own scripts (an init script is not subject to the page's policy), so a violation
 * during a frame's first script is seen too.
 */
function listenForViolations(binding: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report: unknown = Reflect.get(window, binding);
    if (typeof report !== 'function') return;
    const detail = {
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      document: event.documentURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    };
    void Reflect.apply(report, window, [detail]);
  });
}

/**
 * Starts recording the page's problems; the list grows as they happen. Besides console, page and network errors it
 * records every `securitypolicyviolation` event in any frame, and every violation report the dev server receives
 * while the page is open, so a surface that breaks Forge's Content-Security-Policy fails its test.
 */
export async function watchPageProblems(page: Page, server: Pick<DevServer, 'cspReports'>): Promise<PageProblems> {
  const lines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text() === forgeSandboxWarning) return;
    if (message.type() === 'error' || message.type() === 'warning') lines.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => lines.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => lines.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) lines.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.exposeBinding(violationBinding, (_source, detail: unknown) => {
    const v = violationSchema.parse(detail);
    lines.push(
      `securitypolicyviolation: ${v.directive} blocked ${v.blocked} in ${v.document} (at ${v.source}:${v.line})${v.sample === '' ? '' : `: ${v.sample}`}`,
    );
  });
  await page.addInitScript(listenForViolations, violationBinding);
  const stop = server.cspReports.subscribe((report) => lines.push(`CSP report: ${describeCspReport(report)}`));
  page.once('close', stop);
  return { lines };
}
