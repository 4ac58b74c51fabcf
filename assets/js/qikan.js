/*
 * qikan reader: the language view of TOC and archive pages, notes that open where they are cited,
 * the collapsible outline and the back-to-top button. Every page works without this script: the
 * view switch falls back to links, note references to plain #note-N anchors.
 *
 * Loaded in <head> without defer, so that the remembered language view is applied before the page
 * is first painted; everything that needs the document waits for DOMContentLoaded. A classic script
 * (not a module), so that it also runs from file://.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var VIEW_KEY = 'qikan.view';
  var VIEWS = ['zh', 'en', 'bilingual'];

  root.classList.add('js');
  root.setAttribute('data-view', initialView());

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  function start() {
    setUpViewSwitch();
    setUpNotes();
    setUpOutline();
    setUpFolds();
    setUpBackToTop();
  }

  /* ---------- Language view: 中文 / English / 双语 ---------- */

  function isView(value) {
    return VIEWS.indexOf(value) >= 0;
  }

  function storedView() {
    try {
      var value = window.localStorage.getItem(VIEW_KEY);
      return isView(value) ? value : null;
    } catch (e) {
      return null; // storage disabled: fall back to the site's default
    }
  }

  function storeView(view) {
    try {
      window.localStorage.setItem(VIEW_KEY, view);
    } catch (e) {
      /* not remembered, still applied */
    }
  }

  function initialView() {
    var fallback = root.getAttribute('data-default-view');
    return storedView() || (isView(fallback) ? fallback : 'bilingual');
  }

  /** English pages (under en/) hold one language; the Chinese pages hold both and switch in place. */
  function pageHoldsBothLanguages() {
    return root.lang !== 'en';
  }

  function setUpViewSwitch() {
    var links = document.querySelectorAll('.view-switch a[data-view]');
    if (!links.length) {
      return;
    }
    var inPlace = pageHoldsBothLanguages();
    markCurrentView(links, inPlace ? root.getAttribute('data-view') : 'en');
    if (inPlace) {
      placeholderFor(root.getAttribute('data-view'));
    }
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function (event) {
        var view = link.getAttribute('data-view');
        storeView(view);
        if (!inPlace) {
          return; // follow the link to the page that shows this view
        }
        event.preventDefault();
        root.setAttribute('data-view', view);
        markCurrentView(links, view);
        placeholderFor(view);
      });
    });
  }

  /** The header search box speaks the view's language (its label and button are switched by the stylesheet). */
  function placeholderFor(view) {
    var input = document.querySelector('input[data-placeholder-en]');
    if (!input) {
      return;
    }
    if (!input.hasAttribute('data-placeholder-zh')) {
      input.setAttribute('data-placeholder-zh', input.placeholder);
    }
    input.placeholder = input.getAttribute(view === 'en' ? 'data-placeholder-en' : 'data-placeholder-zh');
  }

  function markCurrentView(links, view) {
    Array.prototype.forEach.call(links, function (link) {
      if (link.getAttribute('data-view') === view) {
        link.setAttribute('aria-current', 'true');
      } else {
        link.removeAttribute('aria-current');
      }
    });
  }

  /* ---------- Notes: a popover at the reference ---------- */

  var NARROW = '(max-width: 40rem)';

  function setUpNotes() {
    var list = document.querySelector('[role="doc-endnotes"]');
    if (!list) {
      return;
    }
    var labels = document.body.dataset;
    var open = null; // {ref, popover, byHover}
    var hoverTimer = null;

    document.addEventListener('click', function (event) {
      var ref = closest(event.target, 'a[role="doc-noteref"]');
      if (ref && noteFor(ref)) {
        event.preventDefault();
        if (open && open.ref === ref && !open.byHover) {
          close(true);
        } else {
          show(ref, false);
        }
        return;
      }
      var backlink = closest(event.target, 'a[role="doc-backlink"]');
      if (backlink) {
        focusAfterJump(backlink.getAttribute('href'));
      }
      if (open && !open.popover.contains(event.target)) {
        close(false);
      }
    });

    document.addEventListener('keydown', function (event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && open) {
        event.preventDefault();
        close(true);
      }
    });

    document.addEventListener('focusin', function (event) {
      if (open && !open.byHover && !open.popover.contains(event.target) && event.target !== open.ref) {
        close(false);
      }
    });

    if (window.matchMedia && window.matchMedia('(hover: hover)').matches) {
      document.addEventListener('mouseover', function (event) {
        var ref = closest(event.target, 'a[role="doc-noteref"]');
        var overPopover = open && open.popover.contains(event.target);
        if (ref || overPopover) {
          clearTimeout(hoverTimer);
        }
        if (ref && (!open || open.ref !== ref) && noteFor(ref)) {
          hoverTimer = setTimeout(function () {
            if (!open || open.byHover) {
              show(ref, true);
            }
          }, 250);
        }
      });
      document.addEventListener('mouseout', function (event) {
        var from = closest(event.target, 'a[role="doc-noteref"], .note-popover');
        if (from && open && open.byHover) {
          clearTimeout(hoverTimer);
          hoverTimer = setTimeout(function () {
            if (open && open.byHover) {
              close(false);
            }
          }, 300);
        }
      });
    }

    window.addEventListener('resize', function () {
      if (open) {
        place(open.popover, open.ref);
      }
    });

    function noteFor(ref) {
      var id = (ref.getAttribute('href') || '').replace(/^#/, '');
      return id ? document.getElementById(decodeURIComponent(id)) : null;
    }

    function show(ref, byHover) {
      close(false);
      var note = noteFor(ref);
      var popover = buildPopover(ref, note);
      ref.parentNode.insertAdjacentElement('afterend', popover);
      ref.setAttribute('aria-expanded', 'true');
      open = {ref: ref, popover: popover, byHover: byHover};
      place(popover, ref);
      if (!byHover) {
        popover.focus({preventScroll: true});
        if (window.matchMedia(NARROW).matches) {
          keepReferenceVisible(ref);
        } else {
          reveal(popover);
        }
      }
    }

    function close(returnFocus) {
      if (!open) {
        return;
      }
      var ref = open.ref;
      var hadFocus = open.popover.contains(document.activeElement);
      open.popover.remove();
      ref.removeAttribute('aria-expanded');
      open = null;
      if (returnFocus || hadFocus) {
        ref.focus({preventScroll: true});
      }
    }

    function buildPopover(ref, note) {
      var number = ref.textContent.trim();
      var popover = element('div', 'note-popover');
      popover.id = 'note-popover';
      popover.setAttribute('role', 'dialog');
      popover.setAttribute('aria-labelledby', 'note-popover-title');
      popover.tabIndex = -1;
      var title = element('p', 'note-popover-title');
      title.id = 'note-popover-title';
      title.textContent = (labels.labelNote || 'Note') + ' ' + number;
      var body = element('div', 'note-popover-body');
      Array.prototype.forEach.call(note.childNodes, function (node) {
        body.appendChild(node.cloneNode(true));
      });
      Array.prototype.forEach.call(body.querySelectorAll('.note-backlink, .note-backlinks:empty'), function (n) {
        n.remove();
      });
      Array.prototype.forEach.call(body.querySelectorAll('[id]'), function (n) {
        n.removeAttribute('id');
      });
      var actions = element('p', 'note-popover-actions');
      var back = element('button', 'note-popover-back');
      back.type = 'button';
      back.textContent = '↩ ' + (labels.labelBack || 'Back');
      back.addEventListener('click', function () {
        close(true);
      });
      var all = element('a', 'note-popover-all');
      all.href = '#' + note.id;
      all.textContent = labels.labelAllNotes || 'All notes';
      all.addEventListener('click', function () {
        close(false);
        focusAfterJump('#' + note.id);
      });
      actions.appendChild(back);
      actions.appendChild(document.createTextNode(' '));
      actions.appendChild(all);
      var closer = element('button', 'note-popover-close');
      closer.type = 'button';
      closer.setAttribute('aria-label', labels.labelClose || 'Close');
      closer.textContent = '×';
      closer.addEventListener('click', function () {
        close(true);
      });
      popover.appendChild(closer);
      popover.appendChild(title);
      popover.appendChild(body);
      popover.appendChild(actions);
      return popover;
    }
  }

  /** Below the reference, kept inside the text column; on a phone the stylesheet docks it at the bottom. */
  function place(popover, ref) {
    popover.style.left = '';
    popover.style.top = '';
    if (window.matchMedia(NARROW).matches) {
      return;
    }
    var parent = popover.offsetParent || document.body;
    var base = parent.getBoundingClientRect();
    var at = ref.getBoundingClientRect();
    var width = popover.offsetWidth;
    var margin = 8;
    var left = Math.min(at.left, document.documentElement.clientWidth - width - margin);
    popover.style.left = Math.max(margin, left) - base.left + 'px';
    var height = popover.offsetHeight;
    var roomBelow = window.innerHeight - at.bottom;
    var above = roomBelow < height + 2 * margin && at.top > roomBelow;
    popover.classList.toggle('note-popover-above', above);
    popover.style.top = (above ? at.top - height - 6 : at.bottom + 6) - base.top + 'px';
  }

  /** Scrolls just enough for the whole popover to be seen. */
  function reveal(popover) {
    var box = popover.getBoundingClientRect();
    if (box.bottom > window.innerHeight) {
      window.scrollBy(0, Math.min(box.bottom - window.innerHeight + 8, box.top - 8));
    } else if (box.top < 0) {
      window.scrollBy(0, box.top - 8);
    }
  }

  function keepReferenceVisible(ref) {
    var at = ref.getBoundingClientRect();
    var sheetTop = window.innerHeight * 0.5;
    if (at.bottom > sheetTop - 16 || at.top < 0) {
      window.scrollBy(0, at.top - window.innerHeight * 0.25);
    }
  }

  /** After an in-page jump, give the target focus too, so keyboard reading continues there. */
  function focusAfterJump(href) {
    if (!href || href.charAt(0) !== '#') {
      return;
    }
    setTimeout(function () {
      var target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (!target) {
        return;
      }
      if (!target.matches('a[href], button, input, [tabindex]')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus({preventScroll: true});
    }, 0);
  }

  /* ---------- Outline: folded on small screens, current section marked ---------- */

  function setUpOutline() {
    var details = document.querySelector('.outline-details');
    if (!details) {
      return;
    }
    var wide = window.matchMedia('(min-width: 75rem)');
    details.open = wide.matches;
    var links = details.querySelectorAll('a[href^="#"]');
    if (!('IntersectionObserver' in window) || !links.length) {
      return;
    }
    var byId = {};
    var headings = [];
    Array.prototype.forEach.call(links, function (link) {
      var heading = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (heading && heading.tagName === 'SECTION') {
        heading = heading.querySelector('h2, h3') || heading; // a symposium piece: watch its title
      }
      if (heading && heading.id) {
        byId[heading.id] = link;
        headings.push(heading);
      }
    });
    var visible = {};
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        visible[entry.target.id] = entry.isIntersecting;
      });
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (visible[headings[i].id]) {
          current = headings[i];
          break;
        }
      }
      if (!current) {
        for (var j = headings.length - 1; j >= 0; j--) {
          if (headings[j].getBoundingClientRect().top < 0) {
            current = headings[j];
            break;
          }
        }
      }
      Array.prototype.forEach.call(links, function (link) {
        link.removeAttribute('aria-current');
      });
      if (current) {
        byId[current.id].setAttribute('aria-current', 'location');
      }
    }, {rootMargin: '0px 0px -60% 0px'});
    headings.forEach(function (h) {
      observer.observe(h);
    });
  }

  /* ---------- Folded abstracts: closed on a phone, open on wide screens and in print ---------- */

  function setUpFolds() {
    var folds = document.querySelectorAll('details.fold');
    if (!folds.length) {
      return;
    }
    var narrow = window.matchMedia(NARROW);
    var openAll = function (open) {
      Array.prototype.forEach.call(folds, function (d) {
        d.open = open;
      });
    };
    openAll(!narrow.matches);
    if (narrow.addEventListener) {
      narrow.addEventListener('change', function () {
        openAll(!narrow.matches);
      });
    }
    window.addEventListener('beforeprint', function () {
      openAll(true);
    });
  }

  /* ---------- Back to top ---------- */

  function setUpBackToTop() {
    var button = document.querySelector('.back-to-top');
    if (!button) {
      return;
    }
    var update = function () {
      button.hidden = window.scrollY < window.innerHeight * 1.5;
    };
    window.addEventListener('scroll', update, {passive: true});
    update();
    button.addEventListener('click', function () {
      focusAfterJump(button.getAttribute('href'));
    });
  }

  /* ---------- helpers ---------- */

  function closest(node, selector) {
    while (node && node.nodeType !== 1) {
      node = node.parentNode;
    }
    return node && node.closest ? node.closest(selector) : null;
  }

  function element(tag, className) {
    var e = document.createElement(tag);
    e.className = className;
    return e;
  }
})();
