// Turns the bot's SSML `speak` into plain words. The browser's own speech synthesis reads SSML
// tags aloud, and Web Chat may hand `speak` to assistive technology: neither should ever get markup.
(function (global) {
  'use strict';

  function collapse(text) {
    return text.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
  }

  function fromNode(node, parts) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      parts.push(node.nodeValue);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    const name = node.localName;
    if (name === 'break') {
      // A written pause: a full stop makes browser voices pause too.
      parts.push('. ');
      return;
    }
    if (name === 'sub' && node.getAttribute('alias')) {
      parts.push(node.getAttribute('alias'));
      return;
    }
    for (const child of Array.from(node.childNodes)) {
      fromNode(child, parts);
    }
    if (name === 'p' || name === 's') {
      parts.push(' ');
    }
  }

  function ssmlToPlainText(speak) {
    if (typeof speak !== 'string' || speak.indexOf('<') === -1) {
      return speak;
    }
    const doc = new DOMParser().parseFromString(speak, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) {
      // Not well-formed: drop anything tag-like rather than read it.
      return collapse(speak.replace(/<[^>]*>/g, ' '));
    }
    const parts = [];
    fromNode(doc.documentElement, parts);
    return collapse(parts.join('').replace(/(\.\s*){2,}/g, '. ').replace(/([,;:!?])\s*\.\s/g, '$1 '));
  }

  global.SeatedRelease = Object.assign(global.SeatedRelease || {}, { ssmlToPlainText: ssmlToPlainText });
})(window);
