// Each line of the transcript read once. Web Chat names every message three times over: a hidden
// "article" labelled "<bot> said: <words>" for moving message by message with the arrow keys, the
// message's layout labelled again by its own words, and the words themselves. A screen reader in
// browse mode met each line two or three times. Here the words stay where they are shown, after
// Web Chat's hidden "<bot> said:", and the article carries its label only while the transcript has
// the keyboard focus and it is the message the arrow keys have reached: the one time it is read.
(function (global) {
  'use strict';

  const stash = 'data-label-when-active';

  function nameLinesOnce(host) {
    function tidy() {
      const holder = host.querySelector('[aria-activedescendant]');
      const activeId = holder && holder === document.activeElement ? holder.getAttribute('aria-activedescendant') : null;
      for (const article of host.querySelectorAll('.webchat__basic-transcript__activity-active-descendant')) {
        const active = activeId !== null && article.id === activeId;
        if (active && article.hasAttribute(stash)) {
          article.setAttribute('aria-labelledby', article.getAttribute(stash));
          article.removeAttribute(stash);
        } else if (!active && article.hasAttribute('aria-labelledby')) {
          article.setAttribute(stash, article.getAttribute('aria-labelledby'));
          article.removeAttribute('aria-labelledby');
        }
      }
      // A layout box is no landmark or widget: a name on it is only the message's words again.
      for (const layout of host.querySelectorAll('.webchat__stacked-layout[aria-labelledby]')) {
        layout.removeAttribute('aria-labelledby');
      }
    }

    // Changes made here are seen again by the observer; tidy then finds nothing left to do.
    new MutationObserver(tidy).observe(host, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-activedescendant', 'aria-labelledby'],
    });
    host.addEventListener('focusin', tidy);
    host.addEventListener('focusout', function () { setTimeout(tidy, 0); });
    tidy();
  }

  global.SeatedRelease = Object.assign(global.SeatedRelease || {}, { nameLinesOnce: nameLinesOnce });
})(window);
