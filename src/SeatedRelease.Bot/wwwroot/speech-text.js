// Reads the bot's SSML `speak` for the browser. The browser's own speech synthesis reads SSML tags
// aloud, and Web Chat may hand `speak` to assistive technology: neither should ever get markup. The
// page's voice needs more than words, though: the breaks are the practice's silences, and the
// prosody rate is how calmly it speaks, so both are kept as a list of spoken parts and pauses.
(function (global) {
  'use strict';

  function collapse(text) {
    return text.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
  }

  // "-10%" is 0.9 of the normal rate; the named rates follow the SSML specification's order.
  const namedRates = { 'x-slow': 0.5, slow: 0.75, medium: 1, fast: 1.25, 'x-fast': 1.5, default: 1 };

  function rateOf(value, inherited) {
    if (!value) {
      return inherited;
    }
    const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(value.trim());
    if (percent) {
      return Math.min(2, Math.max(0.5, 1 + parseFloat(percent[1]) / 100));
    }
    const number = parseFloat(value);
    if (!isNaN(number) && number > 0) {
      return Math.min(2, Math.max(0.5, number));
    }
    return namedRates[value.trim()] || inherited;
  }

  // "3000ms", "3s", "1.5s"; anything else is no pause.
  function millisecondsOf(time) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/.exec(time || '');
    if (!match) {
      return 0;
    }
    return Math.round(parseFloat(match[1]) * (match[2] === 's' ? 1000 : 1));
  }

  function walk(node, rate, parts) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      parts.push({ text: node.nodeValue, rate: rate });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    const name = node.localName;
    if (name === 'break') {
      const strength = { none: 0, 'x-weak': 100, weak: 250, medium: 500, strong: 1000, 'x-strong': 2000 };
      const pause = node.hasAttribute('time')
        ? millisecondsOf(node.getAttribute('time'))
        : (strength[node.getAttribute('strength') || 'medium'] || 0);
      parts.push({ pause: pause });
      return;
    }
    if (name === 'sub' && node.getAttribute('alias')) {
      parts.push({ text: node.getAttribute('alias'), rate: rate });
      return;
    }
    const inner = name === 'prosody' ? rateOf(node.getAttribute('rate'), rate) : rate;
    for (const child of Array.from(node.childNodes)) {
      walk(child, inner, parts);
    }
    if (name === 'p' || name === 's') {
      parts.push({ text: ' ', rate: inner });
    }
  }

  // Neighbouring words at one rate are one utterance; neighbouring pauses add up.
  function merge(parts) {
    const merged = [];
    for (const part of parts) {
      const last = merged[merged.length - 1];
      if ('pause' in part) {
        if (part.pause <= 0) {
          continue;
        }
        if (last && 'pause' in last) {
          last.pause += part.pause;
        } else {
          merged.push({ pause: part.pause });
        }
      } else if (last && 'text' in last && last.rate === part.rate) {
        last.text += part.text;
      } else {
        merged.push({ text: part.text, rate: part.rate });
      }
    }
    return merged
      .map((p) => ('text' in p ? { text: collapse(p.text), rate: p.rate } : p))
      .filter((p) => !('text' in p) || p.text.length > 0);
  }

  /**
   * The speech of one message as parts to say and pauses to keep, in order:
   * [{ text, rate }, { pause: milliseconds }, ...]. Plain text is one part at the normal rate.
   */
  function ssmlToSpeech(speak, fallbackText) {
    const source = typeof speak === 'string' && speak.trim() ? speak : (fallbackText || '');
    if (source.indexOf('<') === -1) {
      return merge([{ text: source, rate: 1 }]);
    }
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) {
      // Not well-formed: drop anything tag-like rather than read it.
      return merge([{ text: source.replace(/<[^>]*>/g, ' '), rate: 1 }]);
    }
    const parts = [];
    walk(doc.documentElement, 1, parts);
    return merge(parts);
  }

  /** All the silence the message asks for, in milliseconds. */
  function pauseOf(speech) {
    return speech.reduce((sum, p) => sum + (p.pause || 0), 0);
  }

  /** The words alone, for screen readers and for anything that cannot keep a pause. */
  function ssmlToPlainText(speak) {
    if (typeof speak !== 'string' || speak.indexOf('<') === -1) {
      return speak;
    }
    let out = '';
    for (const part of ssmlToSpeech(speak)) {
      if ('text' in part) {
        out += (out ? ' ' : '') + part.text;
      } else if (out && !/[.!?,;:]$/.test(out)) {
        // A written pause: a full stop makes a voice pause too.
        out += '.';
      }
    }
    return collapse(out);
  }

  global.SeatedRelease = Object.assign(global.SeatedRelease || {}, {
    ssmlToPlainText: ssmlToPlainText,
    ssmlToSpeech: ssmlToSpeech,
    pauseOf: pauseOf,
  });
})(window);
