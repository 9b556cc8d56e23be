import { parseCspReports, type CspViolationReport } from '../../../local/dev-server/parse-csp-reports';

const frame = 'http://127.0.0.1:3000/surface/pmo-portfolio?as=ada';

describe('parseCspReports', () => {
  it.each<[string, unknown, CspViolationReport[]]>([
    [
      'a report-uri report as Chromium sends it',
      {
        'csp-report': {
          'document-uri': frame,
          referrer: '',
          'violated-directive': 'script-src-elem',
          'effective-directive': 'script-src-elem',
          'original-policy': "script-src 'self'",
          disposition: 'enforce',
          'blocked-uri': 'inline',
          'line-number': 3,
          'column-number': 9,
          'source-file': frame,
          'status-code': 200,
          'script-sample': '',
        },
      },
      [
        {
          documentUri: frame,
          effectiveDirective: 'script-src-elem',
          blockedUri: 'inline',
          sourceFile: frame,
          lineNumber: 3,
          sample: '',
          disposition: 'enforce',
        },
      ],
    ],
    [
      'a report-uri report without an effective directive (older browsers)',
      { 'csp-report': { 'document-uri': frame, 'violated-directive': 'script-src', 'blocked-uri': 'eval' } },
      [{ documentUri: frame, effectiveDirective: 'script-src', blockedUri: 'eval', sourceFile: null, lineNumber: null, sample: '', disposition: 'enforce' }],
    ],
    [
      'a report-to batch, keeping only its CSP violations',
      [
        { type: 'deprecation', url: frame, body: { id: 'x', message: 'old API' } },
        {
          type: 'csp-violation',
          url: frame,
          body: { documentURL: frame, effectiveDirective: 'style-src-elem', blockedURL: 'https://cdn.example.com/x.css', disposition: 'enforce', sample: '' },
        },
      ],
      [
        {
          documentUri: frame,
          effectiveDirective: 'style-src-elem',
          blockedUri: 'https://cdn.example.com/x.css',
          sourceFile: null,
          lineNumber: null,
          sample: '',
          disposition: 'enforce',
        },
      ],
    ],
  ])('reads %s', (_name, body, expected) => {
    expect(parseCspReports(JSON.stringify(body))).toEqual(expected);
  });

  it.each([
    ['text that is not JSON', '{nope'],
    ['a JSON object of another shape', JSON.stringify({ hello: 'world' })],
    ['a report-uri report without its document', JSON.stringify({ 'csp-report': { 'violated-directive': 'script-src' } })],
  ])('refuses %s', (_name, body) => {
    expect(parseCspReports(body)).toBeNull();
  });
});
