/**
 * The harness page's own script: choices reload the page (and so every frame), frames take the height their content
 * reports, and saving the macro's settings reloads the macro, as Confluence re-renders it after its config closes.
 */
export const harnessPageScript = String.raw`(function () {
  'use strict';
  var form = document.getElementById('harness-choices');
  form.addEventListener('change', function () {
    form.requestSubmit();
  });
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[data-surface]'));
  var scrollTarget = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  ['wheel', 'keydown', 'pointerdown'].forEach(function (name) {
    window.addEventListener(name, function () { scrollTarget = null; }, { once: true, capture: true });
  });
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data || event.data.source !== 'pmo-local-bridge') return;
    var frame = frames.find(function (candidate) { return candidate.contentWindow === event.source; });
    if (!frame) return;
    if (event.data.type === 'resize' && typeof event.data.height === 'number') {
      frame.style.height = Math.max(120, Math.min(6000, event.data.height)) + 'px';
      // Frames above grow as they load; keep the frame a fragment points at in view until the reader scrolls.
      if (scrollTarget) scrollTarget.scrollIntoView({ block: 'start' });
    }
    if (event.data.type === 'navigate-project' && typeof event.data.projectKey === 'string') {
      var chooser = form.querySelector('select[name="project"]');
      var known = chooser && Array.prototype.some.call(chooser.options, function (o) { return o.value === event.data.projectKey; });
      if (known) {
        chooser.value = event.data.projectKey;
        // The fragment survives the form's GET submission, so the reloaded page opens at the project page's frame.
        form.action = '/#surface-project-page';
        form.requestSubmit();
      }
    }
    if (event.data.type === 'macro-config-saved') {
      frames.filter(function (candidate) { return candidate.hasAttribute('data-reload-on-macro-config'); }).forEach(function (macro) {
        macro.contentWindow.location.reload();
      });
    }
  });
})();
`;
