import { localHostSettingsId } from './local-host-settings-id';

/**
 * The browser half of the local Forge host, served as /host/bridge-stub.js and loaded before the app's bundle.
 * It plays the part of the script Atlassian's product page injects into every Custom UI frame: @forge/bridge calls
 * `globalThis.__bridge.callBridge(name, args)` and this answers. It reads its frame's settings
 * ({ context, submittable, themeCssUrl }) from the JSON block the server writes just before it:
 * data, not an inline script, which the frame's Content-Security-Policy would refuse.
 *
 * Plain ES2017 in a string, so it reaches the browser exactly as written, with no build step in between.
 */
export const bridgeStubSource = String.raw`(function () {
  'use strict';
  var settings = document.getElementById('${localHostSettingsId}');
  var host = settings ? JSON.parse(settings.textContent) : null;
  if (!host || !host.context) throw new Error('The local Forge bridge found no frame settings (#${localHostSettingsId}).');
  var context = host.context;

  function tellParent(message) {
    if (window.parent === window) return;
    message.source = 'pmo-local-bridge';
    window.parent.postMessage(message, window.location.origin);
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        if (!response.ok) {
          var message = json && json.error && json.error.message ? json.error.message : 'The local server answered HTTP ' + response.status + '.';
          throw new Error(message);
        }
        return json;
      });
    });
  }

  function enableTheming() {
    // What the product does for view.theme.enable(): mark the document with the reader's theme and load the tokens.
    var root = document.documentElement;
    root.setAttribute('data-color-mode', 'light');
    root.setAttribute('data-theme', 'dark:dark light:light shape:shape spacing:spacing typography:typography');
    if (!document.getElementById('pmo-local-theme')) {
      var link = document.createElement('link');
      link.id = 'pmo-local-theme';
      link.rel = 'stylesheet';
      link.href = host.themeCssUrl;
      document.head.appendChild(link);
    }
  }

  var handlers = {
    getContext: function () {
      return JSON.parse(JSON.stringify(context));
    },
    invoke: function (args) {
      var request = {
        moduleKey: context.moduleKey,
        functionKey: args.functionKey,
        payload: args.payload === undefined ? {} : args.payload,
        accountId: context.accountId,
        extension: context.extension
      };
      return post('/api/invoke', request).then(function (body) {
        return args.metadata ? { body: body, metadata: {} } : body;
      });
    },
    submit: function (config) {
      // Only the macro's settings page can submit; @forge/bridge turns false into "this view is not submittable".
      if (!host.submittable) return false;
      return post('/api/macro-config', { localId: context.localId, config: config === undefined ? {} : config }).then(function () {
        tellParent({ type: 'macro-config-saved' });
        return true;
      });
    },
    enableTheming: enableTheming,
    navigate: function (location) {
      // Jira would open the address; here a project's address asks the harness to show that project's page.
      var url = location && typeof location.url === 'string' ? location.url : '';
      var match = /\/projects\/([A-Z][A-Z0-9_]+)(?:\/|$)/.exec(url);
      if (match) tellParent({ type: 'navigate-project', projectKey: match[1] });
      return undefined;
    }
  };

  window.__bridge = {
    callBridge: function (name, args) {
      var handler = handlers[name];
      try {
        // Every other call (resize, events, flags, other navigation) is accepted and does nothing on this machine.
        return Promise.resolve(handler ? handler(args) : undefined);
      } catch (error) {
        return Promise.reject(error);
      }
    }
  };

  // Forge sizes each frame to its content; the harness page does the same with the heights reported here. The
  // document itself is as tall as the frame (css-reset gives html and body 100%), so the content is measured.
  var lastHeight = -1;
  function reportHeight() {
    var bottom = 0;
    for (var i = 0; i < document.body.children.length; i++) {
      var rect = document.body.children[i].getBoundingClientRect();
      if (rect.height > 0) bottom = Math.max(bottom, rect.bottom + window.scrollY);
    }
    var height = Math.ceil(bottom);
    if (height !== lastHeight) {
      lastHeight = height;
      tellParent({ type: 'resize', height: height });
    }
  }
  function watchContent() {
    if (typeof ResizeObserver !== 'function') return;
    var observer = new ResizeObserver(reportHeight);
    for (var i = 0; i < document.body.children.length; i++) observer.observe(document.body.children[i]);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) observer.observe(node);
        });
      });
      reportHeight();
    }).observe(document.body, { childList: true });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchContent);
  else watchContent();
  window.addEventListener('load', reportHeight);
})();
`;
