import type { Logger } from '@forge/cli/node_modules/@forge/cli-shared';

/** A Forge CLI logger that keeps what the packaging code says, so a check can fail on any warning. */
export interface CollectingLogger extends Logger {
  readonly warnings: readonly string[];
  readonly errors: readonly string[];
}

/** Makes a logger for Atlassian's packaging code that records warnings and errors and prints nothing. */
export function createCollectingLogger(): CollectingLogger {
  const warnings: string[] = [];
  const errors: string[] = [];
  return {
    traceEnabled: false,
    debugEnabled: false,
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: (message) => {
      warnings.push(message);
    },
    error: (error) => {
      errors.push(error.message);
    },
    warnings,
    errors,
  };
}
