import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';
import { load } from 'cheerio';

export interface ForgeCspInput {
  /** The file being served: an HTML document's inline `<script>` blocks are hashed into script-src, as Forge does. */
  readonly document: string;
  readonly permissions: Permissions;
  /** Where the browser posts violation reports: the local dev server instead of Atlassian's web-security-reports. */
  readonly reportUri: string;
  /** The product site the frame is shown in (the tunnel's `hostname`). */
  readonly siteUrl: string;
}

const quietLogger = { info: (): void => undefined };

/**
 * The Content-Security-Policy header Forge serves a Custom UI resource file with, computed by Atlassian's own
 * @forge/csp as the Forge tunnel does: CSPProcessingService reads the document and the manifest's permissions, and
 * CSPInjectionService builds the production ('prod') policy around them. Only `report-uri` is replaced, by the local
 * reporter. The tunnel's own reporter option is not used: it also opens connect-src to every localhost port, which
 * would let a fetch pass here that production refuses.
 *
 * @example
 * forgeContentSecurityPolicy({ document: '<html></html>', permissions: { content: { styles: ['unsafe-inline'] } }, reportUri: 'http://127.0.0.1:3000/host/csp-reports', siteUrl: 'https://pmo-demo.atlassian.net' });
 * // => "default-src 'self' …; script-src 'self' https://forge.cdn.prod.atlassian-dev.net …; style-src 'self' … 'unsafe-inline'; … report-uri http://127.0.0.1:3000/host/csp-reports"
 */
export function forgeContentSecurityPolicy(input: ForgeCspInput): string {
  const existingCSPDetails = new CSPProcessingService(quietLogger, load).getCspDetails(input.document, input.permissions);
  return new CSPInjectionService()
    .getInjectableCSP({ existingCSPDetails, microsEnv: 'prod', hostname: input.siteUrl })
    .map((directive) => (directive.startsWith('report-uri ') ? `report-uri ${input.reportUri}` : directive))
    .join('; ');
}
