/* qikan serve: reloads the page after a rebuild and shows build errors over it. Added to pages only
   while they are served by qikan serve; never part of the built site. */
(function () {
  'use strict';
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(status) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'qikan-build-errors';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', 'Build failed');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);' +
      'color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2em;';
    var title = document.createElement('h2');
    title.textContent = 'Build failed: ' + status.errors.length + (status.errors.length === 1 ? ' error' : ' errors') +
      '. The last good site is shown; fix and save to rebuild.';
    title.style.cssText = 'color:#ff8a80;font-size:1.1em;margin:0 0 1em;';
    overlay.appendChild(title);
    var list = document.createElement('ul');
    list.style.cssText = 'list-style:none;padding:0;margin:0;';
    status.errors.forEach(function (e) {
      var item = document.createElement('li');
      item.className = 'qikan-error';
      item.style.cssText = 'margin:0 0 1em;';
      var where = document.createElement('strong');
      where.className = 'qikan-where';
      where.textContent = e.where ? e.where + ': ' : '';
      item.appendChild(where);
      item.appendChild(document.createTextNode(e.message));
      if (e.hint) {
        var hint = document.createElement('div');
        hint.className = 'qikan-hint';
        hint.textContent = e.hint;
        hint.style.cssText = 'color:#b9f6ca;';
        item.appendChild(hint);
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  var events = new EventSource('/__qikan/events');
  events.addEventListener('reload', function () {
    window.location.reload();
  });
  events.addEventListener('status', function (e) {
    var status = JSON.parse(e.data);
    if (status.ok) {
      hide();
    } else {
      show(status);
    }
  });
})();
