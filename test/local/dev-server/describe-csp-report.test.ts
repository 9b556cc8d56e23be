import { describeCspReport } from '../../../local/dev-server/describe-csp-report';

const documentUri = 'http://127.0.0.1:3000/surface/pmo-portfolio?as=ada';

describe('describeCspReport', () => {
  it.each([
    [{ sourceFile: documentUri, lineNumber: 4, sample: '' }, `script-src-elem blocked inline in ${documentUri} (at ${documentUri}:4)`],
    [{ sourceFile: null, lineNumber: null, sample: 'alert(1)' }, `script-src-elem blocked inline in ${documentUri}: alert(1)`],
  ])('names the directive, what it blocked, the frame and where (%o)', (where, line) => {
    expect(describeCspReport({ documentUri, effectiveDirective: 'script-src-elem', blockedUri: 'inline', disposition: 'enforce', ...where })).toBe(line);
  });
});
