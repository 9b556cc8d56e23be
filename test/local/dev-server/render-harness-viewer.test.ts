import { renderHarnessViewer } from '../../../local/dev-server/render-harness-viewer';

describe('renderHarnessViewer', () => {
  it.each([
    [
      'an administrator with projects',
      { ok: true, displayName: 'Ada', isAdmin: true, projects: [{ key: 'PAY', name: 'Payments' }] } as const,
      ['<strong>Ada</strong> · Jira administrator', 'Projects this user can browse (1)', '<li><code>PAY</code> Payments</li>'],
    ],
    [
      'a user who may browse nothing',
      { ok: true, displayName: 'Rita', isAdmin: false, projects: [] } as const,
      ['<strong>Rita</strong> · Not a Jira administrator', 'Jira lets this user browse no projects.'],
    ],
    [
      'an app that could not say',
      { ok: false, message: 'UPSTREAM: Jira did not answer' } as const,
      ['Could not ask the app who this is: UPSTREAM: Jira did not answer'],
    ],
  ])('shows %s under its own heading', (_what, viewer, parts) => {
    const html = renderHarnessViewer(viewer);
    expect(html).toContain('<h2 id="harness-viewer-heading">Acting as</h2>');
    for (const part of parts) expect(html).toContain(part);
  });

  it('escapes names and project names as text', () => {
    const html = renderHarnessViewer({ ok: true, displayName: '<b>Eve</b>', isAdmin: false, projects: [{ key: 'X', name: 'A & <B>' }] });
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(html).toContain('A &amp; &lt;B&gt;');
  });
});
