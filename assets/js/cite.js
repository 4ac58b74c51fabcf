/* qikan: the "cite this article" block's copy buttons. Works from file:// too: the Clipboard API where
   the page may use it, else the selection and the copy command. Without JavaScript the buttons stay hidden
   and the citations can be selected by hand. */
(function () {
  'use strict';

  function copyBySelection(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var done = false;
    try {
      done = document.execCommand('copy');
    } catch (e) {
      done = false;
    }
    return done;
  }

  function copy(element) {
    var text = element.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; },
        function () { return copyBySelection(element); });
    }
    return Promise.resolve(copyBySelection(element));
  }

  function confirm(button, label) {
    var original = button.textContent;
    button.textContent = label;
    button.setAttribute('data-copied', 'true');
    setTimeout(function () {
      button.textContent = original;
      button.removeAttribute('data-copied');
    }, 1500);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var block = document.querySelector('.cite');
    if (!block) {
      return;
    }
    var copied = block.getAttribute('data-label-copied');
    block.querySelectorAll('button.copy-citation').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var target = document.getElementById(button.getAttribute('data-copy'));
        copy(target).then(function (ok) {
          if (ok) {
            confirm(button, copied);
          }
        });
      });
    });
  });
}());
