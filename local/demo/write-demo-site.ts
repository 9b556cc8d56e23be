/**
 * Writes the demo Jira site to a file for the local app, browser tests and benchmarks:
 *   npx tsx local/demo/write-demo-site.ts --out FILE [--scale N] [--now ISO-INSTANT] [--seed N]
 */
import { writeDemoSiteCommand } from './write-demo-site-command';

try {
  console.log(writeDemoSiteCommand(process.argv.slice(2)));
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
